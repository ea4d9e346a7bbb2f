#pragma once
// ScreeningReport: the outcome of screening one list, formatted for storing (store::ScreeningRowRecord per row) and
// for the operator's download (CSV or XLSX, chosen by extension).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "domain/status.hpp"
#include "match/screener.hpp"
#include "service/screening_list.hpp"
#include "store/screening_types.hpp"

namespace tepat::service {

/// A screened list with what produced it.
struct ScreeningReport {
  std::string program_code;
  std::string period;
  std::string settings;      ///< JSON: the program's rules and the fuzzy-matching settings
  std::string data_version;  ///< the registry's data version
  std::vector<store::ScreeningRowRecord> rows;  ///< screened and broken rows, by line
  std::int64_t lolos = 0;
  std::int64_t perlu_verifikasi = 0;
  std::int64_t ditolak = 0;
};

/// Formats `result` (rows of `list.table`) and `list.broken` into report rows ordered by line; a broken row gets
/// the DATA_TIDAK_LENGKAP reason and its verdict from `rules`. Candidates name the registry person's NIK, name and
/// probability. Counts are filled.
void FillReport(const match::ScreeningRegistry& registry, const ScreeningList& list,
                const match::ScreeningResult& result, const match::ScreeningRules& rules, ScreeningReport& report);

/// Column headers of the download: BARIS, NIK, NO_KK, NAMA, KODE_DESA, HASIL, ALASAN, KETERANGAN, KANDIDAT.
const std::vector<std::string_view>& ScreeningReportHeader();
/// The cells of one row in header order (reasons and details joined with "; ", candidates "NIK NAMA (0.97)").
std::vector<std::string> ScreeningReportCells(const store::ScreeningRowRecord& row);

/// Writes rows as CSV (";"-free, comma separated, RFC 4180) or XLSX (a path ending in .xlsx), under a temporary
/// name renamed when complete. kUnavailable when the file cannot be written; an XLSX over Excel's row limit is
/// refused with FailedPrecondition (use CSV).
domain::Status WriteScreeningReport(const std::vector<store::ScreeningRowRecord>& rows,
                                    const std::filesystem::path& path);

}  // namespace tepat::service
