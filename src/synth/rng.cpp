#include "synth/rng.hpp"

namespace tepat::synth {
namespace {

constexpr std::uint64_t kGolden = 0x9e3779b97f4a7c15ULL;
constexpr int kDoubleBits = 53;
constexpr double kDoubleScale = 1.0 / static_cast<double>(1ULL << kDoubleBits);

std::uint64_t RotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

std::uint64_t MixBits(std::uint64_t value) {
  std::uint64_t z = value + kGolden;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

Rng::Rng(std::uint64_t seed) {
  std::uint64_t x = seed;
  for (auto& word : state_) {
    word = MixBits(x);
    x += kGolden;
  }
}

std::uint64_t Rng::Next() {
  const std::uint64_t result = RotateLeft(state_[1] * 5, 7) * 9;
  const std::uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = RotateLeft(state_[3], 45);
  return result;
}

std::uint64_t Rng::Below(std::uint64_t bound) {
  if (bound == 0) return 0;
  // Reject the top sliver of the 64-bit range that would make low values more likely.
  const std::uint64_t limit = ~0ULL - (~0ULL % bound);
  std::uint64_t x = Next();
  while (x >= limit) x = Next();
  return x % bound;
}

std::int64_t Rng::Between(std::int64_t lo, std::int64_t hi) {
  if (hi < lo) return lo;
  return lo + static_cast<std::int64_t>(Below(static_cast<std::uint64_t>(hi - lo) + 1));
}

double Rng::Unit() { return static_cast<double>(Next() >> (64 - kDoubleBits)) * kDoubleScale; }

bool Rng::Chance(double p) {
  if (p <= 0.0) return false;
  if (p >= 1.0) return true;
  return Unit() < p;
}

Rng Rng::Fork(std::uint64_t stream) const {
  return Rng(MixBits(state_[0] ^ MixBits(state_[3] + stream)) ^ stream);
}

}  // namespace tepat::synth
