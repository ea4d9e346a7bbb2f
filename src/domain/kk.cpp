#include "domain/kk.hpp"

namespace tepat::domain {
namespace {
constexpr std::string_view kLabel = "Nomor KK";
}  // namespace

KkCheck CheckKk(std::string_view raw, const RegionDirectory* regions) {
  KkCheck check;
  IdNormalization normal = NormalizeIdNumber(raw, kLabel);
  if (normal.error) {
    check.errors.push_back(*normal.error);
    return check;
  }
  CheckIdRegionPrefix(normal.digits, kLabel, regions, &check.errors, &check.warnings);
  if (check.errors.empty()) check.digits = std::move(normal.digits);
  return check;
}

}  // namespace tepat::domain
