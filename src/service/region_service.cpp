#include "service/region_service.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <mutex>

namespace tepat::service {
namespace {

constexpr std::array<const char*, 4> kRegionFiles = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};
constexpr int kMaxSearchResults = 100;
constexpr std::size_t kMinQueryChars = 2;

// Splits one CSV line of the reference files: fields may be double-quoted (names with commas).
std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

domain::Result<std::vector<domain::Region>> ReadRegionFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return domain::InvalidArgument(path + ": cannot open the file; is the data folder complete?");
  std::vector<domain::Region> regions;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1 || line.empty() || line == "\r") continue;  // header
    std::vector<std::string> f = SplitCsvLine(line);
    auto where = [&] { return path + " line " + std::to_string(line_no) + ": "; };
    if (f.size() != 3) return domain::InvalidArgument(where() + "expected 3 columns code,parent_code,name");
    auto code = domain::RegionCode::Parse(f[0]);
    if (!code) return domain::InvalidArgument(where() + "'" + f[0] + "' is not a region code");
    std::optional<domain::RegionCode> parent;
    if (!f[1].empty()) {
      parent = domain::RegionCode::Parse(f[1]);
      if (!parent || parent != code->Parent()) {
        return domain::InvalidArgument(where() + "parent '" + f[1] + "' does not match code " + f[0]);
      }
    }
    regions.push_back(domain::Region{*code, parent, f[2]});
  }
  return regions;
}

}  // namespace

domain::Result<RegionLoadSummary> RegionService::LoadReferenceData(const std::string& dir) {
  RegionLoadSummary summary;
  std::array<std::int64_t*, 4> counts = {&summary.provinces, &summary.kabupaten, &summary.kecamatan, &summary.desa};
  for (std::size_t level = 0; level < kRegionFiles.size(); ++level) {
    auto regions = ReadRegionFile(dir + "/" + kRegionFiles[level]);
    if (!regions.ok()) return regions.status();
    if (auto stored = store_.UpsertRegions(regions.value()); !stored.ok()) return stored;
    *counts[level] = static_cast<std::int64_t>(regions.value().size());
  }
  std::unique_lock lock(names_mutex_);
  names_.clear();
  return summary;
}

domain::Result<std::unique_ptr<domain::InMemoryRegionDirectory>> RegionService::ReadDirectory(const std::string& dir) {
  auto directory = std::make_unique<domain::InMemoryRegionDirectory>();
  for (const char* file : {kRegionFiles[1], kRegionFiles[2]}) {
    auto regions = ReadRegionFile(dir + "/" + file);
    if (!regions.ok()) return regions.status();
    for (const domain::Region& region : regions.value()) directory->Add(region.code.compact());
  }
  return directory;
}

domain::Result<std::vector<domain::Region>> RegionService::Children(const std::optional<domain::RegionCode>& parent) {
  if (parent) {
    auto found = store_.GetRegion(*parent);
    if (!found.ok()) return found.status();
    if (!found.value()) return domain::NotFound("There is no region " + parent->Dotted() + ".");
  }
  return store_.ListChildRegions(parent);
}

domain::Result<std::vector<domain::Region>> RegionService::Search(const std::string& query, int limit) {
  if (query.size() < kMinQueryChars) return domain::InvalidArgument("q: type at least 2 letters of the name");
  return store_.SearchRegions(query, std::clamp(limit, 1, kMaxSearchResults));
}

domain::Result<RegionWithAncestors> RegionService::Get(const domain::RegionCode& code) {
  auto found = store_.GetRegion(code);
  if (!found.ok()) return found.status();
  if (!found.value()) return domain::NotFound("There is no region " + code.Dotted() + ".");
  RegionWithAncestors result{*found.value(), {}};
  for (auto parent = code.Parent(); parent; parent = parent->Parent()) {
    auto ancestor = store_.GetRegion(*parent);
    if (!ancestor.ok()) return ancestor.status();
    if (ancestor.value()) result.ancestors.insert(result.ancestors.begin(), *ancestor.value());
  }
  return result;
}

std::string RegionService::NameOf(const domain::RegionCode& code) {
  {
    std::shared_lock lock(names_mutex_);
    if (auto it = names_.find(code.compact()); it != names_.end()) return it->second;
  }
  auto found = store_.GetRegion(code);
  if (!found.ok() || !found.value()) return "";  // not cached: may appear after a reload or a reconnect
  std::unique_lock lock(names_mutex_);
  return names_.emplace(code.compact(), found.value()->name).first->second;
}

}  // namespace tepat::service
