#include "http/metrics.hpp"

#include <sstream>

#include "http/message.hpp"

namespace tepat::http {
namespace {

// "GET /api/x" -> method="GET",route="/api/x"
std::string Labels(const std::string& key) {
  std::size_t space = key.find(' ');
  return "method=\"" + key.substr(0, space) + "\",route=\"" + JsonEscape(key.substr(space + 1)) + "\"";
}

}  // namespace

void Metrics::Record(std::string_view method, std::string_view route, unsigned status, double seconds) {
  thread_local std::string key;  // reused: no allocation per request once warm
  key.assign(method);
  key.push_back(' ');
  key.append(route);
  std::lock_guard lock(mutex_);
  auto it = series_.find(key);
  if (it == series_.end()) it = series_.emplace(key, RouteSeries{}).first;
  RouteSeries& s = it->second;
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
        out << "tepat_http_requests_total{" << Labels(key) << ",status=\"" << status << "\"} " << n << "\n";
      }
    }
    out << "# HELP tepat_http_request_duration_seconds Time from request read to response written.\n"
        << "# TYPE tepat_http_request_duration_seconds histogram\n";
    for (const auto& [key, s] : series_) {
      std::string labels = Labels(key);
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
