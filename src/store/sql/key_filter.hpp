#pragma once
// KeyFilter: remembers which keys were seen, in fixed memory, answering "maybe seen" or "certainly not seen" (a
// Bloom filter). A bulk load uses it to tell keys that are certainly new from keys it may have written already.
#include <cstdint>
#include <string_view>
#include <vector>

namespace tepat::store::sql {

/// A set of keys that may answer "seen" for a key never added (false positive), never "not seen" for one added.
/// Memory is fixed at construction. Keys of different kinds (e.g. NIK and KK) share one filter through `kind`.
/// Not thread-safe.
class KeyFilter {
 public:
  /// `bits_log2`: the filter holds 2^bits_log2 bits (27: 16 MiB; with 1.3 million keys about 2 false positives
  /// per million look-ups, with 13 million about 1 in 100).
  explicit KeyFilter(int bits_log2 = 27);
  /// Remembers `key` of `kind`; returns what MayHaveSeen(kind, key) answered just before.
  bool Add(std::uint64_t kind, std::string_view key);
  /// False only when `key` of `kind` was never added.
  bool MayHaveSeen(std::uint64_t kind, std::string_view key) const;

 private:
  static constexpr int kProbes = 4;
  std::uint64_t mask_;
  std::vector<std::uint64_t> words_;
};

}  // namespace tepat::store::sql
