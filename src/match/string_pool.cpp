#include "match/string_pool.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

namespace tepat::match {

namespace {
constexpr size_t kInitialSlots = 1024;
constexpr size_t kMaxLoadPercent = 70;
}  // namespace

StringPool::StringPool() : hashes_(1, 0), slots_(kInitialSlots, kFreeSlot), appended_(1, false) {
  views_.emplace_back();
}

void StringPool::Reserve(size_t count, size_t indexed) {
  // At least doubling, as growing would: a pool reserved again and again for a few more strings (candidates appended
  // to a large registry) must not copy its arrays each time.
  if (count > views_.capacity()) count = std::max(count, 2 * views_.capacity());
  views_.reserve(count);
  hashes_.reserve(count);
  appended_.reserve(count);
  size_t slot_count = slots_.size();
  while (indexed * 100 > slot_count * kMaxLoadPercent) slot_count *= 2;
  if (slot_count != slots_.size()) Rehash(slot_count);
}

void StringPool::Rehash(size_t slot_count) {
  slots_.assign(slot_count, kFreeSlot);
  const size_t mask = slot_count - 1;
  for (uint32_t id = 1; id < views_.size(); ++id) {
    if (appended_[id]) continue;
    size_t slot = hashes_[id] & mask;
    while (slots_[slot] != kFreeSlot) slot = (slot + 1) & mask;
    slots_[slot] = SlotValue(hashes_[id], id);
  }
}

size_t StringPool::SlotOf(std::string_view text, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const auto short_hash = static_cast<uint32_t>(hash);
  size_t slot = short_hash & mask;
  while (slots_[slot] != kFreeSlot) {
    if (slots_[slot] >> 32 == short_hash && views_[SlotId(slots_[slot])] == text) return slot;
    slot = (slot + 1) & mask;
  }
  return slot;
}

std::string_view StringPool::Store(std::string_view text) {
  if (text.size() > kBlockBytes / 4) {  // a very long value gets a block of its own
    auto own = std::make_unique_for_overwrite<char[]>(text.size());
    std::memcpy(own.get(), text.data(), text.size());
    const std::string_view stored{own.get(), text.size()};
    // Keep the partly used block last so that later small strings still go there.
    blocks_.insert(blocks_.empty() ? blocks_.end() : blocks_.end() - 1, std::move(own));
    return stored;
  }
  if (blocks_.empty() || block_used_ + text.size() > block_size_) {
    block_size_ = std::clamp(std::max(block_size_ * 2, text.size()), kFirstBlockBytes, kBlockBytes);
    // Not zeroed: the block's pages are touched only as strings fill it.
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block_size_));
    block_used_ = 0;
  }
  char* dest = blocks_.back().get() + block_used_;
  std::memcpy(dest, text.data(), text.size());
  block_used_ += text.size();
  return {dest, text.size()};
}

uint32_t StringPool::AddIndexed(std::string_view text, uint32_t short_hash, size_t slot) {
  const auto id = static_cast<uint32_t>(views_.size());
  views_.push_back(Store(text));
  hashes_.push_back(short_hash);
  appended_.push_back(false);
  slots_[slot] = SlotValue(short_hash, id);
  if (++indexed_ * 100 > slots_.size() * kMaxLoadPercent) Rehash(slots_.size() * 2);
  return id;
}

uint32_t StringPool::InternHashed(std::string_view text, uint64_t hash) {
  const size_t slot = SlotOf(text, hash);
  if (slots_[slot] != kFreeSlot) return SlotId(slots_[slot]);
  return AddIndexed(text, static_cast<uint32_t>(hash), slot);
}

uint32_t StringPool::Intern(std::string_view text) {
  if (text.empty()) return kEmptyId;
  return InternHashed(text, std::hash<std::string_view>{}(text));
}

// Stage 0 fetches the text's home slot; stage 1 (that slot now in cache) the view of the string it holds; stage 2
// (the view now in cache) the string's first bytes. A look-up then mostly finds all three in cache.
void StringPool::Prefetch(uint64_t hash, int stage) const {
  const uint64_t* home = &slots_[static_cast<uint32_t>(hash) & (slots_.size() - 1)];
  if (stage == 0) {
    __builtin_prefetch(home);
    return;
  }
  const uint64_t slot = *home;
  if (slot == kFreeSlot || slot >> 32 != static_cast<uint32_t>(hash)) return;
  if (stage == 1) {
    __builtin_prefetch(&views_[SlotId(slot)]);
  } else {
    __builtin_prefetch(views_[SlotId(slot)].data());
  }
}

void StringPool::InternAll(std::span<const std::string_view> texts, std::span<uint32_t> ids) {
  // How far ahead each stage works: far enough for a memory access to complete, near enough to stay in cache.
  constexpr size_t kSlotAhead = 12;
  constexpr size_t kViewAhead = 8;
  constexpr size_t kTextAhead = 4;
  std::vector<uint64_t> hashes(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) hashes[i] = std::hash<std::string_view>{}(texts[i]);
  const auto ahead = [&](size_t i, size_t distance, int stage) {
    if (i + distance < texts.size() && !texts[i + distance].empty()) Prefetch(hashes[i + distance], stage);
  };
  for (size_t i = 0; i < texts.size(); ++i) {
    ahead(i, kSlotAhead, 0);
    ahead(i, kViewAhead, 1);
    ahead(i, kTextAhead, 2);
    ids[i] = texts[i].empty() ? kEmptyId : InternHashed(texts[i], hashes[i]);
  }
}

uint32_t StringPool::CopyFrom(const StringPool& source, uint32_t id) {
  if (id == kEmptyId) return kEmptyId;
  const std::string_view text = source.Get(id);
  if (source.appended_[id]) return Append(text);
  // No equal string is indexed here (see the contract): the first free slot from the hash is the one.
  const uint32_t short_hash = source.hashes_[id];
  const size_t mask = slots_.size() - 1;
  size_t slot = short_hash & mask;
  while (slots_[slot] != kFreeSlot) slot = (slot + 1) & mask;
  return AddIndexed(text, short_hash, slot);
}

uint32_t StringPool::Append(std::string_view text) {
  if (text.empty()) return kEmptyId;
  const auto id = static_cast<uint32_t>(views_.size());
  views_.push_back(Store(text));
  hashes_.push_back(0);
  appended_.push_back(true);
  return id;
}

uint32_t StringPool::Find(std::string_view text) const {
  if (text.empty()) return kEmptyId;
  const size_t slot = SlotOf(text, std::hash<std::string_view>{}(text));
  return slots_[slot] == kFreeSlot ? kNotFound : SlotId(slots_[slot]);
}

}  // namespace tepat::match
