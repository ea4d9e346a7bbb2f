#pragma once
// Rules shared by the two 16-digit identity numbers, NIK and KK: normalising what users type or paste from Excel,
// the region prefix check, masking for display, and the problems reported in Indonesian and English.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/region_directory.hpp"

namespace tepat::domain {

/// Number of digits of a NIK or a KK number.
inline constexpr std::size_t kIdNumberDigits = 16;

/// What is wrong with an identity number (or, for kUnknownKecamatan, merely suspicious).
enum class IdIssue {
  kEmpty,               ///< nothing but spaces
  kExcelNumber,         ///< scientific notation such as 3.51E+15: Excel turned the cell into a number
  kBadCharacters,       ///< letters or symbols other than the separators that are removed
  kWrongLength,         ///< not 16 digits after normalising
  kUnknownKabupaten,    ///< digits 1-4 are not a known kabupaten/kota
  kUnknownKecamatan,    ///< digits 5-6 are not a known kecamatan (a warning: regions split over time)
  kBadBirthDate,        ///< NIK digits 7-12 are not a real DDMMYY date (day + 40 for women)
  kZeroSerial,          ///< NIK digits 13-16 are 0000
  kBirthDateMismatch,   ///< the NIK's birth date differs from the given birth date
  kSexMismatch,         ///< the NIK's sex differs from the given sex
};

/// Stable snake_case name of an issue ("excel_number"), for tests and machine-readable reports.
const char* IdIssueName(IdIssue issue);

/// One finding with a message an operator can act on. Messages never contain a full NIK or KK (masked only).
struct IdFinding {
  IdIssue issue = IdIssue::kEmpty;
  std::string message_id;  ///< Indonesian
  std::string message_en;  ///< English
};

/// Outcome of NormalizeIdNumber: the digits, or the one problem that stopped normalising.
struct IdNormalization {
  std::string digits;               ///< 16 ASCII digits when `error` is empty
  std::optional<IdFinding> error;
};

/// Cleans raw text into 16 digits: trims, drops a leading apostrophe (Excel's text marker) and removes spaces
/// (also no-break spaces), dots and dashes anywhere. `label` names the number in messages ("NIK", "Nomor KK").
/// Rejects scientific notation (3.51E+15, 3,51E+15) with kExcelNumber; never parses through a floating-point value.
/// Pure; thread-safe.
IdNormalization NormalizeIdNumber(std::string_view raw, std::string_view label);

/// The kExcelNumber finding for `label`, for callers that know a cell was stored as a number (an XLSX numeric cell)
/// even when its text looks like plain digits: Excel keeps only 15 significant digits. Pure; thread-safe.
IdFinding ExcelNumberFinding(std::string_view label);

/// Masks an identity number for display: the first 4 and last 4 digits stay, the digits between become '*'
/// ("3510011203850003" -> "3510********0003"). Other characters are kept. Text with 8 digits or fewer is returned
/// unchanged (it cannot identify a person). Pure; thread-safe.
std::string MaskIdNumber(std::string_view text);

/// Checks the region prefix of normalised `digits` (16 digits) against `regions`: an unknown kabupaten/kota (digits
/// 1-4) is appended to `errors`, an unknown kecamatan (digits 5-6) to `warnings`. Does nothing when `regions` is null.
void CheckIdRegionPrefix(std::string_view digits, std::string_view label, const RegionDirectory* regions,
                         std::vector<IdFinding>* errors, std::vector<IdFinding>* warnings);

}  // namespace tepat::domain
