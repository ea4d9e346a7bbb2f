#include "http/request_id.hpp"

#include <sodium.h>

#include <cstdint>

namespace tepat::http {
namespace {

// xorshift64*: fast and good enough for ids that only need to be unique in practice, not secret.
struct IdGenerator {
  std::uint64_t state;
  IdGenerator() {
    if (sodium_init() < 0) state = 0x9E3779B97F4A7C15ULL;
    randombytes_buf(&state, sizeof state);
    if (state == 0) state = 0x9E3779B97F4A7C15ULL;
  }
  std::uint64_t Next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
  }
};

}  // namespace

std::string NewRequestId() {
  thread_local IdGenerator generator;
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t value = generator.Next();
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i) {
    id[static_cast<std::size_t>(i)] = kHex[value & 0xF];
    value >>= 4;
  }
  return id;
}

}  // namespace tepat::http
