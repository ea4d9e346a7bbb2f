#pragma once
// Rng: the synthetic generator's own pseudo-random numbers (xoshiro256** seeded through splitmix64).
// Standard-library distributions are not used anywhere in tepat_synth because their output differs between
// library versions; every draw goes through this class, so the same seed gives the same bytes everywhere.
#include <cstdint>

namespace tepat::synth {

/// Mixes a 64-bit value into a well-spread 64-bit value (one splitmix64 step). Pure; thread-safe.
std::uint64_t MixBits(std::uint64_t value);

/// A small, fast, deterministic generator. Value type; not thread-safe (give each thread its own, see Fork).
class Rng {
 public:
  /// Seeds the four state words from `seed` through splitmix64 (any seed, including 0, is fine).
  explicit Rng(std::uint64_t seed);

  /// Next raw 64 random bits.
  std::uint64_t Next();
  /// Uniform integer in [0, bound); returns 0 when bound is 0. Unbiased (rejection sampling).
  std::uint64_t Below(std::uint64_t bound);
  /// Uniform integer in [lo, hi] (inclusive); returns lo when hi < lo.
  std::int64_t Between(std::int64_t lo, std::int64_t hi);
  /// Uniform double in [0, 1) with 53 random bits.
  double Unit();
  /// True with probability `p` (p <= 0 never, p >= 1 always).
  bool Chance(double p);
  /// An independent generator for sub-stream `stream`: the same (state, stream) always gives the same child.
  /// Does not advance this generator.
  Rng Fork(std::uint64_t stream) const;

 private:
  std::uint64_t state_[4];
};

}  // namespace tepat::synth
