#pragma once
// KK (Kartu Keluarga) number: the 16-digit family card number. Layout: 6 region digits like a NIK, then 10 digits
// that carry no rule Tepat checks.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/id_number.hpp"
#include "domain/region_directory.hpp"

namespace tepat::domain {

/// Outcome of CheckKk. `digits` is set when there are no errors.
struct KkCheck {
  std::optional<std::string> digits;  ///< the normalised 16 digits
  std::vector<IdFinding> errors;
  std::vector<IdFinding> warnings;    ///< unknown kecamatan
  bool ok() const { return errors.empty(); }
};

/// Normalises `raw` (spaces, dots, dashes, a leading apostrophe; scientific notation rejected, see
/// NormalizeIdNumber) and checks 16 digits and the region prefix (unknown kabupaten/kota is an error, unknown
/// kecamatan a warning; `regions` may be null to skip it). Pure; thread-safe when the RegionDirectory is.
KkCheck CheckKk(std::string_view raw, const RegionDirectory* regions);

/// Masks a KK number for display: "3510010101200001" -> "3510********0001".
inline std::string MaskKk(std::string_view kk) { return MaskIdNumber(kk); }

}  // namespace tepat::domain
