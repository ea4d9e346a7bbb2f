#include "store/sql/key_filter.hpp"

#include <functional>

namespace tepat::store::sql {
namespace {

/// A well-mixed 64-bit value from `x` (splitmix64's finaliser).
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/// Two independent hashes of a key: `first` picks the block, `step` the bits inside it.
struct Hashes {
  std::uint64_t first;
  std::uint64_t step;
};

Hashes HashesOf(std::uint64_t kind, std::string_view key) {
  const std::uint64_t first = Mix(std::hash<std::string_view>{}(key) ^ Mix(kind));
  return {first, Mix(first)};
}

}  // namespace

KeyFilter::KeyFilter(int bits_log2)
    : block_mask_(((std::uint64_t{1} << bits_log2) / 64 / kWordsPerBlock) - 1),
      storage_((std::uint64_t{1} << bits_log2) / 64 + kWordsPerBlock, 0) {
  const auto address = reinterpret_cast<std::uintptr_t>(storage_.data());
  const std::uintptr_t skip = (64 - address % 64) % 64 / sizeof(std::uint64_t);
  words_ = storage_.data() + skip;
}

// Probe i sets bit (step >> 9i) & 511 of the key's block: four 9-bit slices of the second hash.
bool KeyFilter::Add(std::uint64_t kind, std::string_view key) {
  const Hashes h = HashesOf(kind, key);
  std::uint64_t* block = words_ + BlockStart(h.first);
  bool seen = true;
  for (int i = 0; i < kProbes; ++i) {
    const std::uint64_t bit = (h.step >> (9 * i)) & 511;
    const std::uint64_t mask = std::uint64_t{1} << (bit & 63);
    seen = seen && (block[bit >> 6] & mask) != 0;
    block[bit >> 6] |= mask;
  }
  return seen;
}

bool KeyFilter::MayHaveSeen(std::uint64_t kind, std::string_view key) const {
  const Hashes h = HashesOf(kind, key);
  const std::uint64_t* block = words_ + BlockStart(h.first);
  for (int i = 0; i < kProbes; ++i) {
    const std::uint64_t bit = (h.step >> (9 * i)) & 511;
    if ((block[bit >> 6] & (std::uint64_t{1} << (bit & 63))) == 0) return false;
  }
  return true;
}

}  // namespace tepat::store::sql
