#include "http/metrics.hpp"

#include <sstream>

#include "http/message.hpp"

namespace tepat::http {

void Metrics::Record(std::string_view method, std::string_view route, unsigned status, double seconds) {
  std::lock_guard lock(mutex_);
  RouteSeries& s = series_[{std::string(method), std::string(route)}];
  ++s.by_status[status];
  ++s.count;
  s.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++s.buckets[i];
  }
}

void Metrics::AddGaugeSource(std::function<std::vector<GaugeSample>()> source) {
  std::lock_guard lock(mutex_);
  gauge_sources_.push_back(std::move(source));
}

std::string Metrics::Render() const {
  std::vector<std::function<std::vector<GaugeSample>()>> sources;
  std::ostringstream out;
  {
    std::lock_guard lock(mutex_);
    sources = gauge_sources_;
    out << "# HELP tepat_http_requests_total Finished HTTP requests by route, method and status.\n"
        << "# TYPE tepat_http_requests_total counter\n";
    for (const auto& [key, s] : series_) {
      for (const auto& [status, n] : s.by_status) {
        out << "tepat_http_requests_total{method=\"" << key.first << "\",route=\"" << JsonEscape(key.second)
            << "\",status=\"" << status << "\"} " << n << "\n";
      }
    }
    out << "# HELP tepat_http_request_duration_seconds Time from request read to response written.\n"
        << "# TYPE tepat_http_request_duration_seconds histogram\n";
    for (const auto& [key, s] : series_) {
      std::string labels = "method=\"" + key.first + "\",route=\"" + JsonEscape(key.second) + "\"";
      for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        out << "tepat_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i] << "\"} "
            << s.buckets[i] << "\n";
      }
      out << "tepat_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << s.count << "\n";
      out << "tepat_http_request_duration_seconds_sum{" << labels << "} " << s.sum << "\n";
      out << "tepat_http_request_duration_seconds_count{" << labels << "} " << s.count << "\n";
    }
  }
  for (const auto& source : sources) {
    for (const GaugeSample& g : source()) {
      out << "# HELP " << g.name << " " << g.help << "\n# TYPE " << g.name << " gauge\n"
          << g.name << " " << g.value << "\n";
    }
  }
  return out.str();
}

}  // namespace tepat::http
