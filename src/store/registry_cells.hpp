#pragma once
// Columns of the registry's bulk text scans (Store::Scan*Cells): which cell of a TextRowPage row holds what.
#include <cstddef>

namespace tepat::store {

/// Cells of Store::ScanPeopleCells. Text as stored: "" for NULL, dates ISO, sex "L"/"P", desa 10 digits, life status
/// "HIDUP"/"MENINGGAL"/"PINDAH" ("" when never set).
namespace person_cells {
enum : std::size_t { kId, kNik, kKk, kName, kBirthPlace, kBirthDate, kSex, kDesa, kLifeStatus, kStatusDate, kCount };
}  // namespace person_cells

/// Cells of Store::ScanDtksCells. Decile in decimal, status "AKTIF"/"NONAKTIF", nik "" for a household-level entry.
namespace dtks_cells {
enum : std::size_t { kId, kRound, kKk, kNik, kDecile, kStatus, kCount };
}  // namespace dtks_cells

/// Cells of Store::ScanRecipientCells. kk "" when the row has none.
namespace recipient_cells {
enum : std::size_t { kId, kProgramCode, kPeriod, kNik, kKk, kCount };
}  // namespace recipient_cells

}  // namespace tepat::store
