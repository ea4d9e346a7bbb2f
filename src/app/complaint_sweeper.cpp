#include "app/complaint_sweeper.hpp"

#include <spdlog/spdlog.h>

namespace tepat::app {

ComplaintSweeper::ComplaintSweeper(service::ComplaintService& service, const service::Clock& clock,
                                   std::chrono::seconds interval)
    : service_(service), clock_(clock), interval_(interval) {
  if (interval_.count() > 0) thread_ = std::thread([this] { Loop(); });
}

ComplaintSweeper::~ComplaintSweeper() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ComplaintSweeper::Loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    domain::Result<service::SweepSummary> swept = service_.Sweep(clock_.Now());
    if (!swept.ok()) {
      spdlog::warn("complaint sweep failed (retried in {} s): {}", interval_.count(), swept.status().message());
    } else if (swept->marked > 0) {
      spdlog::info("complaint sweep: {} complaints marked TIDAK_ADA_RESPON", swept->marked);
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace tepat::app
