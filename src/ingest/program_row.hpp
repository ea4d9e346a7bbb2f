#pragma once
// ProgramRow: one valid row of a programs import file.
#include <cstdint>
#include <string>

#include "domain/civil_date.hpp"
#include "domain/program.hpp"
#include "domain/region_code.hpp"
#include "ingest/field_update.hpp"
#include "ingest/import_template.hpp"
#include "ingest/row_checker.hpp"
#include "ingest/unset_region.hpp"

namespace tepat::ingest {

/// A program. An empty TANGGAL_SELESAI or KETERANGAN clears the stored value (template rule).
struct ProgramRow {
  static constexpr TemplateKind kKind = TemplateKind::kPrograms;

  std::uint64_t row = 0;
  std::string code;   ///< letters, digits, '.', '_', '-'
  std::string name;
  domain::ProgramKind kind = domain::ProgramKind::kOther;
  domain::FundingSource funding = domain::FundingSource::kApbn;
  FieldUpdate<std::string> agency;
  domain::RegionCode region = UnsetRegionCode();
  domain::CivilDate starts;
  FieldUpdate<domain::CivilDate> ends;  ///< not before starts
  FieldUpdate<std::string> note;
};

/// Fills `*out` from the row behind `checker`; every problem goes to the checker. Returns checker.ok().
bool ParseRow(RowChecker& checker, ProgramRow* out);

/// Checks a program code's characters (letters, digits, '.', '_', '-'); records an error on `col` when wrong.
std::optional<std::string> ProgramCode(RowChecker& checker, int col);

}  // namespace tepat::ingest
