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
    slots_[slot] = id + 1;
  }
}

size_t StringPool::SlotOf(std::string_view text, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const auto short_hash = static_cast<uint32_t>(hash);
  size_t slot = short_hash & mask;
  while (slots_[slot] != kFreeSlot) {
    const uint32_t id = slots_[slot] - 1;
    if (hashes_[id] == short_hash && views_[id] == text) return slot;
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
    if (blocks_.size() == 1) block_used_ = kBlockBytes;
    return stored;
  }
  if (block_used_ + text.size() > kBlockBytes) {
    // Not zeroed: the block's memory pages are touched only as strings fill it (ten fields of a small file would
    // otherwise write 1 MiB each).
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
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
  slots_[slot] = id + 1;
  if (++indexed_ * 100 > slots_.size() * kMaxLoadPercent) Rehash(slots_.size() * 2);
  return id;
}

uint32_t StringPool::Intern(std::string_view text) {
  if (text.empty()) return kEmptyId;
  const uint64_t hash = std::hash<std::string_view>{}(text);
  const size_t slot = SlotOf(text, hash);
  if (slots_[slot] != kFreeSlot) return slots_[slot] - 1;
  return AddIndexed(text, static_cast<uint32_t>(hash), slot);
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
  return slots_[slot] == kFreeSlot ? kNotFound : slots_[slot] - 1;
}

}  // namespace tepat::match
