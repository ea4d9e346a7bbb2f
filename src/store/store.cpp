#include "store/store.hpp"

namespace tepat::store {

Result<std::vector<domain::Region>> Store::ListRegionAncestors(const domain::RegionCode& code) {
  std::vector<domain::Region> ancestors;
  for (std::optional<domain::RegionCode> parent = code.Parent(); parent; parent = parent->Parent()) {
    Result<std::optional<domain::Region>> found = GetRegion(*parent);
    if (!found.ok()) return found.status();
    if (found.value()) ancestors.insert(ancestors.begin(), std::move(*found.value()));
  }
  return ancestors;
}

}  // namespace tepat::store
