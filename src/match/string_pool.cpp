#include "match/string_pool.hpp"

#include <algorithm>
#include <cstring>

namespace tepat::match {

StringPool::StringPool() { views_.emplace_back(); }

std::string_view StringPool::Store(std::string_view text) {
  if (text.size() > kBlockBytes / 4) {  // a very long value gets a block of its own
    auto own = std::make_unique<char[]>(text.size());
    std::memcpy(own.get(), text.data(), text.size());
    const std::string_view stored{own.get(), text.size()};
    // Keep the partly used block last so that later small strings still go there.
    blocks_.insert(blocks_.empty() ? blocks_.end() : blocks_.end() - 1, std::move(own));
    if (blocks_.size() == 1) block_used_ = kBlockBytes;
    return stored;
  }
  if (block_used_ + text.size() > kBlockBytes) {
    blocks_.push_back(std::make_unique<char[]>(kBlockBytes));
    block_used_ = 0;
  }
  char* dest = blocks_.back().get() + block_used_;
  std::memcpy(dest, text.data(), text.size());
  block_used_ += text.size();
  return {dest, text.size()};
}

uint32_t StringPool::Intern(std::string_view text) {
  if (text.empty()) return kEmptyId;
  if (auto it = index_.find(text); it != index_.end()) return it->second;
  const auto id = static_cast<uint32_t>(views_.size());
  const std::string_view stored = Store(text);
  views_.push_back(stored);
  index_.emplace(stored, id);
  return id;
}

uint32_t StringPool::Find(std::string_view text) const {
  if (text.empty()) return kEmptyId;
  auto it = index_.find(text);
  return it == index_.end() ? kNotFound : it->second;
}

}  // namespace tepat::match
