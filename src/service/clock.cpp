#include "service/clock.hpp"

#include <chrono>

namespace tepat::service {

domain::UnixSeconds SystemClock::Now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace tepat::service
