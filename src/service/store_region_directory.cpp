#include "service/store_region_directory.hpp"

namespace tepat::service {

bool StoreRegionDirectory::Loaded() const {
  domain::Result<std::int64_t> count = store_.CountRegions();
  return count.ok() && *count > 0;
}

bool StoreRegionDirectory::Has(std::string_view compact) const {
  const std::string key(compact);
  {
    std::lock_guard lock(mutex_);
    if (auto found = known_.find(key); found != known_.end()) return found->second;
  }
  std::optional<domain::RegionCode> code = domain::RegionCode::Parse(key);
  if (!code) return false;
  domain::Result<std::optional<domain::Region>> region = store_.GetRegion(*code);
  if (!region.ok()) return true;
  std::lock_guard lock(mutex_);
  known_[key] = region->has_value();
  return region->has_value();
}

}  // namespace tepat::service
