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

/// The two hashes of double hashing (probe i is first + i * step); `step` is odd.
struct Hashes {
  std::uint64_t first;
  std::uint64_t step;
};

Hashes HashesOf(std::uint64_t kind, std::string_view key) {
  const std::uint64_t first = Mix(std::hash<std::string_view>{}(key) ^ Mix(kind));
  return {first, Mix(first) | 1};
}

}  // namespace

KeyFilter::KeyFilter(int bits_log2)
    : mask_((std::uint64_t{1} << bits_log2) - 1), words_((std::uint64_t{1} << bits_log2) / 64, 0) {}

bool KeyFilter::Add(std::uint64_t kind, std::string_view key) {
  const Hashes h = HashesOf(kind, key);
  bool seen = true;
  for (int i = 0; i < kProbes; ++i) {
    const std::uint64_t bit = (h.first + static_cast<std::uint64_t>(i) * h.step) & mask_;
    const std::uint64_t mask = std::uint64_t{1} << (bit & 63);
    seen = seen && (words_[bit >> 6] & mask) != 0;
    words_[bit >> 6] |= mask;
  }
  return seen;
}

bool KeyFilter::MayHaveSeen(std::uint64_t kind, std::string_view key) const {
  const Hashes h = HashesOf(kind, key);
  for (int i = 0; i < kProbes; ++i) {
    const std::uint64_t bit = (h.first + static_cast<std::uint64_t>(i) * h.step) & mask_;
    if ((words_[bit >> 6] & (std::uint64_t{1} << (bit & 63))) == 0) return false;
  }
  return true;
}

}  // namespace tepat::store::sql
