#pragma once
// Region: one row of the official region hierarchy.
#include <optional>
#include <string>

#include "domain/region_code.hpp"

namespace tepat::domain {

/// A province, kabupaten/kota, kecamatan or desa/kelurahan with its official name.
struct Region {
  RegionCode code;
  std::optional<RegionCode> parent;  ///< nullopt for a province
  std::string name;
};

}  // namespace tepat::domain
