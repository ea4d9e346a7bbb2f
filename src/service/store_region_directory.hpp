#pragma once
// StoreRegionDirectory: domain::RegionDirectory answered from the store's region table, with a memory cache.
#include <mutex>
#include <string>
#include <unordered_map>

#include "domain/region_directory.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Thread-safe. Answers are cached for the life of the object (region data changes only on a reload).
/// A look-up that fails (database unreachable) answers true, so a NIK is not refused for an outage; the
/// failure is not cached.
class StoreRegionDirectory final : public domain::RegionDirectory {
 public:
  explicit StoreRegionDirectory(store::Store& store) : store_(store) {}

  bool HasKabupaten(std::string_view code4) const override { return Has(code4); }
  bool HasKecamatan(std::string_view code6) const override { return Has(code6); }

  /// True when the store holds any region (otherwise checking codes against it would refuse everything).
  bool Loaded() const;

 private:
  bool Has(std::string_view compact) const;

  store::Store& store_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, bool> known_;
};

}  // namespace tepat::service
