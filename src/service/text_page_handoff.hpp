#pragma once
// TextPageHandoff: passes the pages of a bulk scan from the thread that reads them to the thread that uses them, so
// that reading the next page and using the last one run at the same time.
#include <condition_variable>
#include <mutex>

#include "store/text_row_page.hpp"

namespace tepat::service {

/// A one-page slot between one producer and one consumer. Pages change hands by swapping contents, so their buffers
/// are reused (no allocation per page once both have grown).
class TextPageHandoff {
 public:
  /// Producer: waits until the slot is free, then swaps `page` into it (`page` gets the consumer's used page back).
  /// Returns false, leaving `page` as it was, once the consumer has called Stop().
  bool Put(store::TextRowPage& page);
  /// Producer: no more pages will come (also after a failure).
  void Close();
  /// Consumer: waits for the next page and swaps it into `page`. Returns false when closed and nothing is left.
  bool Take(store::TextRowPage& page);
  /// Consumer: takes no more pages; a waiting or later Put() returns false.
  void Stop();

 private:
  bool Swap(store::TextRowPage& page, bool put);  // Put() (true) or Take() (false)

  std::mutex mutex_;
  std::condition_variable changed_;
  store::TextRowPage slot_;
  bool full_ = false;
  bool closed_ = false;
  bool stopped_ = false;
};

}  // namespace tepat::service
