#pragma once
// RecipientRow: one valid row of a recipients import file (decree list or realisation).
#include <cstdint>
#include <optional>
#include <string>

#include "domain/civil_date.hpp"
#include "domain/program.hpp"
#include "domain/region_code.hpp"
#include "ingest/field_update.hpp"
#include "ingest/import_template.hpp"
#include "ingest/row_checker.hpp"
#include "ingest/unset_region.hpp"

namespace tepat::ingest {

/// A person named for a program period. TANGGAL_TERIMA may not be after today. An empty NIK cell is accepted with a
/// warning (lists made by name and address); the matcher then works from name, desa and KK.
struct RecipientRow {
  static constexpr TemplateKind kKind = TemplateKind::kRecipients;

  std::uint64_t row = 0;
  std::string program_code;
  std::string period;
  domain::RecipientStage stage = domain::RecipientStage::kDecree;
  std::optional<std::string> nik;  ///< nullopt when the cell was empty (a warning was reported)
  FieldUpdate<std::string> kk;
  std::string name;
  domain::RegionCode desa = UnsetDesaCode();
  FieldUpdate<std::int64_t> amount_rupiah;
  FieldUpdate<std::string> goods;
  FieldUpdate<domain::CivilDate> received_on;
  FieldUpdate<std::string> decree_number;
};

/// Fills `*out` from the row behind `checker`; every problem goes to the checker. Returns checker.ok().
bool ParseRow(RowChecker& checker, RecipientRow* out);

}  // namespace tepat::ingest
