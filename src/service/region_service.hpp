#pragma once
// RegionService: the official region hierarchy — loading the reference CSVs and looking regions up.
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <string>
#include <vector>

#include "domain/region.hpp"
#include "domain/region_directory.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// A region with its ancestors, province first.
struct RegionWithAncestors {
  domain::Region region;
  std::vector<domain::Region> ancestors;
};

/// Counts of regions loaded, per level.
struct RegionLoadSummary {
  std::int64_t provinces = 0, kabupaten = 0, kecamatan = 0, desa = 0;
};

/// Thread-safe. Region data is public: no audit on reads.
class RegionService {
 public:
  explicit RegionService(store::Store& store) : store_(store) {}

  /// Loads provinces.csv, regencies.csv, districts.csv and villages.csv (columns code,parent_code,name) from
  /// `dir` into the store in one transaction per file, parents first. Idempotent. kInvalidArgument names the
  /// file and line of a bad row.
  domain::Result<RegionLoadSummary> LoadReferenceData(const std::string& dir);
  /// The kabupaten/kota and kecamatan codes of regencies.csv and districts.csv in `dir`, for the NIK rules of
  /// imports. Errors as LoadReferenceData.
  static domain::Result<std::unique_ptr<domain::InMemoryRegionDirectory>> ReadDirectory(const std::string& dir);
  /// Children of `parent` (provinces when nullopt). kNotFound when `parent` is unknown.
  domain::Result<std::vector<domain::Region>> Children(const std::optional<domain::RegionCode>& parent);
  /// Name search, case-insensitive, at most `limit` (1..100). kInvalidArgument for a query under 2 characters.
  domain::Result<std::vector<domain::Region>> Search(const std::string& query, int limit);
  /// One region with its ancestors. kNotFound when unknown.
  domain::Result<RegionWithAncestors> Get(const domain::RegionCode& code);
  /// The official name of a region, "" when unknown or unreachable. Cached in memory (names change only when
  /// the reference data is reloaded, which clears the cache of this process).
  std::string NameOf(const domain::RegionCode& code);

 private:
  store::Store& store_;
  std::shared_mutex names_mutex_;
  std::unordered_map<std::string, std::string> names_;  ///< compact code → name
};

}  // namespace tepat::service
