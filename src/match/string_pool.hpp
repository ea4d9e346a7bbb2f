#pragma once
// StringPool: interns strings so that equal strings share one small integer id (compact columnar storage).
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tepat::match {

/// Interns strings. Id 0 is always the empty string, which the matcher treats as "missing".
/// Views returned by Get() stay valid for the life of the pool (storage is never moved).
/// Thread-safety: Intern() needs exclusive access; Get()/Find()/size() may run concurrently when nobody interns.
class StringPool {
 public:
  /// The id of the empty string.
  static constexpr uint32_t kEmptyId = 0;

  StringPool();
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  /// Returns the id of `text`, adding it when new. The empty string returns kEmptyId.
  uint32_t Intern(std::string_view text);
  /// Interns every text of `texts` into `ids` (same size), in order: the same ids as Intern() one by one. Faster on
  /// a large pool: the hash slots and strings of the texts a few places ahead are fetched from memory while the
  /// current one is looked up, instead of waiting for each in turn.
  void InternAll(std::span<const std::string_view> texts, std::span<uint32_t> ids);
  /// Stores `text` under a new id without indexing it: no look-up for an equal string, and Intern()/Find() never
  /// return that id. For values known to be unique (record ids, NIKs), it saves a hash-table look-up and keeps the
  /// table small. The empty string returns kEmptyId.
  uint32_t Append(std::string_view text);
  /// Stores string `id` of `source` under a new id, indexed (or not) as it is there, without hashing it again.
  /// Only for a pool that holds nothing but such copies from `source`, each source id copied at most once (then no
  /// two indexed strings are equal, as Intern() guarantees). Copying id 0 returns kEmptyId.
  uint32_t CopyFrom(const StringPool& source, uint32_t id);
  /// Returns the id of `text` if it was interned, else kNotFound.
  uint32_t Find(std::string_view text) const;
  /// Returns the string of `id` (which must come from this pool).
  std::string_view Get(uint32_t id) const { return views_[id]; }
  /// Number of distinct strings, including the empty one.
  uint32_t size() const { return static_cast<uint32_t>(views_.size()); }
  /// Prepares room for `count` strings, `indexed` of them interned (the rest appended): avoids growing and rehashing
  /// while adding. The look-up table is sized for `indexed` only, so it stays as small (and as cache-friendly) as the
  /// interned strings allow. Growing the arrays at least doubles them, so repeated small reservations stay cheap.
  void Reserve(size_t count, size_t indexed);

  /// Returned by Find() for a string never interned.
  static constexpr uint32_t kNotFound = UINT32_MAX;

 private:
  // Strings live in blocks that double in size from kFirstBlockBytes to kBlockBytes: a small pool stays small, and
  // a large one is a few big blocks (which the executable maps with huge pages, see app/main_huge_pages.cpp).
  static constexpr size_t kFirstBlockBytes = 64 << 10;
  static constexpr size_t kBlockBytes = 8 << 20;
  // A slot holds the string's 32-bit hash in its high half and id + 1 in its low half (0: a free slot), so that a
  // probe compares hashes without reading hashes_ (one cache miss less per probe in a pool of millions).
  static constexpr uint64_t kFreeSlot = 0;
  static uint64_t SlotValue(uint32_t short_hash, uint32_t id) { return (uint64_t{short_hash} << 32) | (id + 1); }
  static uint32_t SlotId(uint64_t slot) { return static_cast<uint32_t>(slot) - 1; }
  std::string_view Store(std::string_view text);
  size_t SlotOf(std::string_view text, uint64_t hash) const;  // the slot holding `text` or the free slot for it
  uint32_t InternHashed(std::string_view text, uint64_t hash);  // Intern() of a non-empty text with its hash
  void Prefetch(uint64_t hash, int stage) const;  // see InternAll
  uint32_t AddIndexed(std::string_view text, uint32_t short_hash, size_t slot);  // a new id in free `slot`
  void Rehash(size_t slot_count);

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_size_ = 0;  // of the last block
  size_t block_used_ = 0;  // of the last block
  std::vector<std::string_view> views_;
  std::vector<uint32_t> hashes_;  // per id: low bits of the hash, to rehash without rereading strings
  std::vector<uint64_t> slots_;   // open addressing, linear probing, power-of-two size (see SlotValue)
  std::vector<bool> appended_;    // per id: stored by Append(), so not in slots_
  size_t indexed_ = 1;            // ids in slots_ (and the empty id), for the load factor
};

}  // namespace tepat::match
