#pragma once
// NIK (Nomor Induk Kependudukan): the 16-digit national identity number and its rules.
// Layout: PP KK CC DDMMYY SSSS = province, kabupaten/kota, kecamatan, birth date (day + 40 for women), serial.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/id_number.hpp"
#include "domain/region_directory.hpp"

namespace tepat::domain {

/// Sex as recorded in civil registration.
enum class Sex { kMale, kFemale };

/// "L" (laki-laki) or "P" (perempuan), the codes of the templates and KTP.
const char* SexCode(Sex sex);
/// Parses L/P, LAKI-LAKI/PEREMPUAN, PRIA/WANITA, M/F (case- and space-insensitive); nullopt otherwise.
std::optional<Sex> ParseSex(std::string_view text);

/// What the NIK rules need from outside: the region list (null skips the region check) and today's date, used to
/// choose the century of the two-digit birth year so the birth date is not in the future.
struct NikRules {
  const RegionDirectory* regions = nullptr;
  CivilDate today;
};

/// Values given beside the NIK (e.g. the TANGGAL_LAHIR and JENIS_KELAMIN columns) that the NIK must agree with.
struct NikExpectation {
  std::optional<CivilDate> birth_date;
  std::optional<Sex> sex;
};

/// What a structurally valid NIK says.
struct NikFacts {
  std::string digits;          ///< the normalised 16 digits
  std::string kecamatan_code;  ///< digits 1-6
  CivilDate birth_date;        ///< decoded; the century is taken from the expected birth date when its DDMMYY agrees
  Sex sex = Sex::kMale;
  std::string serial;          ///< digits 13-16
};

/// Outcome of CheckNik. `facts` is set when the number itself is valid (even if it disagrees with an expectation).
struct NikCheck {
  std::optional<NikFacts> facts;
  std::vector<IdFinding> errors;    ///< reasons to reject the record
  std::vector<IdFinding> warnings;  ///< reasons to look again (unknown kecamatan); the NIK is accepted
  bool ok() const { return errors.empty(); }
};

/// Normalises `raw` (see NormalizeIdNumber) and checks every NIK rule: 16 digits, known kabupaten/kota (unknown
/// kecamatan is a warning), digits 7-12 a real date DDMMYY (+40 on the day for women; century such that the date is
/// not after rules.today), serial not 0000, and agreement with `expected` (mismatches name both values and show
/// the NIK masked only). Pure; thread-safe when the RegionDirectory is.
NikCheck CheckNik(std::string_view raw, const NikRules& rules, const NikExpectation& expected = {});

/// Masks a NIK for display: "3510011203850003" -> "3510********0003" (see MaskIdNumber).
inline std::string MaskNik(std::string_view nik) { return MaskIdNumber(nik); }

}  // namespace tepat::domain
