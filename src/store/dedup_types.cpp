#include "store/dedup_types.hpp"

#include <array>

namespace tepat::store {
namespace {

constexpr std::array<std::pair<DedupClusterStatus, const char*>, 5> kClusterStatusCodes = {{
    {DedupClusterStatus::kOpen, "open"},
    {DedupClusterStatus::kSame, "same"},
    {DedupClusterStatus::kDifferent, "different"},
    {DedupClusterStatus::kMerged, "merged"},
    {DedupClusterStatus::kSuperseded, "superseded"},
}};

}  // namespace

const char* DedupClusterStatusCode(DedupClusterStatus status) {
  for (const auto& [value, code] : kClusterStatusCodes) {
    if (value == status) return code;
  }
  return "open";
}

std::optional<DedupClusterStatus> ParseDedupClusterStatus(std::string_view code) {
  for (const auto& [value, name] : kClusterStatusCodes) {
    if (code == name) return value;
  }
  return std::nullopt;
}

}  // namespace tepat::store
