#pragma once
// DtksRow: one valid row of a DTKS import file (one household member in one update round).
#include <cstdint>
#include <optional>
#include <string>

#include "domain/civil_date.hpp"
#include "domain/household.hpp"
#include "domain/nik.hpp"
#include "domain/person.hpp"
#include "domain/region_code.hpp"
#include "ingest/field_update.hpp"
#include "ingest/import_template.hpp"
#include "ingest/row_checker.hpp"
#include "ingest/unset_region.hpp"

namespace tepat::ingest {

/// A DTKS member. STATUS_DTKS empty means AKTIF; an empty NIK cell is accepted with a warning. TANGGAL_LAHIR and JENIS_KELAMIN are optional; when given, the
/// NIK must agree with them.
struct DtksRow {
  static constexpr TemplateKind kKind = TemplateKind::kDtks;

  std::uint64_t row = 0;
  FieldUpdate<std::string> dtks_id;
  std::string kk;
  std::optional<std::string> nik;   ///< nullopt when the cell was empty (a warning was reported)
  std::string name;
  FieldUpdate<domain::FamilyRelation> relation;
  domain::RegionCode desa = UnsetDesaCode();
  FieldUpdate<std::string> address;
  int decile = domain::kMaxDecile;  ///< 1-10
  std::string round;                ///< update round, "YYYY-MM"
  domain::DtksStatus status = domain::DtksStatus::kActive;
  std::optional<domain::CivilDate> birth_date;  ///< from the NIK, else from TANGGAL_LAHIR; nullopt when neither
  std::optional<domain::Sex> sex;               ///< from the NIK, else from JENIS_KELAMIN; nullopt when neither
};

/// Fills `*out` from the row behind `checker`; every problem goes to the checker. Returns checker.ok().
bool ParseRow(RowChecker& checker, DtksRow* out);

}  // namespace tepat::ingest
