#pragma once
// The DTKS difference report: what changed from one update round to the next, as a CSV file for the operator.
#include <filesystem>
#include <string>

#include "domain/status.hpp"
#include "store/registry_types.hpp"

namespace tepat::service {

/// Writes `diff` (from `earlier` to `later`) as CSV (";" delimiter, UTF-8, the delimiter Indonesian Excel opens),
/// columns PERUBAHAN (RUTA_BARU, RUTA_KELUAR, ENTRI_BARU, ENTRI_KELUAR, BERUBAH), NO_KK, NIK (empty for a
/// household-level entry), DESIL_LAMA, DESIL_BARU, STATUS_LAMA, STATUS_BARU, PERIODE_LAMA, PERIODE_BARU. The file
/// appears only when complete. kUnavailable when it cannot be written.
domain::Status WriteDtksDiffCsv(const std::filesystem::path& path, const std::string& earlier,
                                const std::string& later, const store::DtksRoundDiff& diff);

/// "12 ruta baru, 3 ruta keluar, 40 anggota baru, 5 anggota keluar, 7 berubah".
std::string DtksDiffSummary(const store::DtksRoundDiff& diff);

}  // namespace tepat::service
