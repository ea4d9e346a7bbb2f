#pragma once
// Placeholder region codes for typed rows before they are filled (built once; copying them is cheap).
#include "domain/region_code.hpp"

namespace tepat::ingest {

/// "0000000000": the desa code of a row not yet parsed.
inline const domain::RegionCode& UnsetDesaCode() {
  static const domain::RegionCode kCode = domain::RegionCode::Parse("0000000000").value();
  return kCode;
}

/// "00": the region of a program row not yet parsed.
inline const domain::RegionCode& UnsetRegionCode() {
  static const domain::RegionCode kCode = domain::RegionCode::Parse("00").value();
  return kCode;
}

}  // namespace tepat::ingest
