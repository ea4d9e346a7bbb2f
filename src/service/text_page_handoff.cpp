#include "service/text_page_handoff.hpp"

#include <utility>

namespace tepat::service {

bool TextPageHandoff::Swap(store::TextRowPage& page, bool put) {
  std::unique_lock lock(mutex_);
  // A put waits for an empty slot and gives up once the consumer stopped; a take waits for a full slot and gives up
  // once the producer closed with the slot empty.
  changed_.wait(lock, [&] { return put ? !full_ || stopped_ : full_ || closed_; });
  if (put ? stopped_ : !full_) return false;
  std::swap(slot_, page);
  full_ = put;
  changed_.notify_all();
  return true;
}

bool TextPageHandoff::Put(store::TextRowPage& page) { return Swap(page, true); }

bool TextPageHandoff::Take(store::TextRowPage& page) { return Swap(page, false); }

void TextPageHandoff::Close() {
  const std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

void TextPageHandoff::Stop() {
  const std::lock_guard lock(mutex_);
  stopped_ = true;
  changed_.notify_all();
}

}  // namespace tepat::service
