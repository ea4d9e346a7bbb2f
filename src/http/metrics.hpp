#pragma once
// Metrics: request counters and latency histograms per route, rendered in Prometheus text format.
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace tepat::http {

/// A named gauge read at scrape time (e.g. database pool size).
struct GaugeSample {
  std::string name;   ///< metric name, e.g. "tepat_db_pool_in_use"
  std::string help;
  double value = 0;
};

/// Collects per-route request metrics. Thread-safe.
class Metrics {
 public:
  /// Upper bounds of the latency histogram buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                       0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

  /// Records one finished request. `route` is the route pattern (never the raw path, which may hold data).
  void Record(std::string_view method, std::string_view route, unsigned status, double seconds);
  /// Registers a callback that returns gauges at scrape time (called under no lock of ours).
  void AddGaugeSource(std::function<std::vector<GaugeSample>()> source);
  /// Prometheus text exposition (version 0.0.4).
  std::string Render() const;

 private:
  struct RouteSeries {
    std::map<unsigned, std::uint64_t> by_status;
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, RouteSeries, std::less<>> series_;  // key: method + ' ' + route
  std::vector<std::function<std::vector<GaugeSample>()>> gauge_sources_;
};

}  // namespace tepat::http
