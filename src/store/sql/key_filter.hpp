#pragma once
// KeyFilter: remembers which keys were seen, in fixed memory, answering "maybe seen" or "certainly not seen" (a
// blocked Bloom filter: the probes of a key fall in one 64-byte cache line, so a look-up costs one cache miss). A bulk load uses it to tell keys that are certainly new from keys it may have written already.
#include <cstdint>
#include <string_view>
#include <vector>

namespace tepat::store::sql {

/// A set of keys that may answer "seen" for a key never added (false positive), never "not seen" for one added.
/// Memory is fixed at construction. Keys of different kinds (e.g. NIK and KK) share one filter through `kind`.
/// Not thread-safe.
class KeyFilter {
 public:
  /// `bits_log2` (9 to 41): the filter holds 2^bits_log2 bits (27: 16 MiB; with 1.3 million keys about 5 false
  /// positives per million look-ups, with 13 million about 1 in 90).
  explicit KeyFilter(int bits_log2 = 27);
  KeyFilter(const KeyFilter&) = delete;
  KeyFilter& operator=(const KeyFilter&) = delete;
  /// Remembers `key` of `kind`; returns what MayHaveSeen(kind, key) answered just before.
  bool Add(std::uint64_t kind, std::string_view key);
  /// False only when `key` of `kind` was never added.
  bool MayHaveSeen(std::uint64_t kind, std::string_view key) const;

 private:
  static constexpr int kProbes = 4;
  static constexpr std::uint64_t kWordsPerBlock = 8;  // 512 bits: one cache line
  /// Index in words_ of the first word of the block of a key whose first hash is `first`.
  std::uint64_t BlockStart(std::uint64_t first) const { return ((first >> 32) & block_mask_) * kWordsPerBlock; }
  std::uint64_t block_mask_;           // blocks - 1
  std::vector<std::uint64_t> storage_;  // the words, with room to start on a cache line
  std::uint64_t* words_;                // storage_ from its first 64-byte boundary
};

}  // namespace tepat::store::sql
