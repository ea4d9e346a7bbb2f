#pragma once
// DukcapilRow: one valid row of a civil-registration (dukcapil) import file.
#include <cstdint>
#include <string>

#include "domain/civil_date.hpp"
#include "domain/nik.hpp"
#include "domain/person.hpp"
#include "domain/region_code.hpp"
#include "ingest/field_update.hpp"
#include "ingest/import_template.hpp"
#include "ingest/row_checker.hpp"
#include "ingest/unset_region.hpp"

namespace tepat::ingest {

/// A person as the file states them. Required columns are plain values; optional columns are FieldUpdates (an empty
/// cell keeps the stored value unless the template says it blanks it: TANGGAL_STATUS, SUMBER_STATUS).
struct DukcapilRow {
  static constexpr TemplateKind kKind = TemplateKind::kDukcapil;

  std::uint64_t row = 0;                 ///< row number in the file
  std::string nik;                       ///< 16 digits, agrees with birth_date and sex
  std::string kk;                        ///< 16 digits
  std::string name;
  FieldUpdate<std::string> birth_place;
  domain::CivilDate birth_date;
  domain::Sex sex = domain::Sex::kMale;
  FieldUpdate<std::string> religion;
  FieldUpdate<domain::FamilyRelation> relation;
  FieldUpdate<std::string> address;
  FieldUpdate<std::string> rt;           ///< three digits, zero-padded ("003")
  FieldUpdate<std::string> rw;
  domain::RegionCode desa = UnsetDesaCode();
  FieldUpdate<domain::LifeStatus> life_status;
  FieldUpdate<domain::CivilDate> status_date;  ///< not before birth_date, not after today
  FieldUpdate<std::string> status_source;
};

/// Fills `*out` from the row behind `checker`; every problem goes to the checker. Returns checker.ok().
bool ParseRow(RowChecker& checker, DukcapilRow* out);

/// "003" from 3: RT/RW numbers as stored (three digits).
std::string PadRtRw(std::int64_t value);

}  // namespace tepat::ingest
