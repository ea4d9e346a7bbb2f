#pragma once
// Screening types of the Store interface: a stored screening run (program, period, the settings and registry data
// version that produced it, counts) and its result rows, plus the version stamp of the registry data.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/account.hpp"

namespace tepat::store {

/// One screening of a proposed list, kept so that its result can be explained later. Keyed by the background job
/// that produced it (`job_id`).
struct ScreeningRun {
  std::int64_t id = 0;
  std::int64_t job_id = 0;
  std::string program_code;
  std::string period;
  std::string list_name;      ///< the list's file name as the operator gave it (display only)
  std::string settings;       ///< the screening rules and match settings used (JSON text)
  std::string data_version;   ///< RegistryDataVersion() of the registry screened against
  std::int64_t rows_total = 0;
  std::int64_t lolos = 0;
  std::int64_t perlu_verifikasi = 0;
  std::int64_t ditolak = 0;
  domain::UnixSeconds created_at = 0;  ///< 0 means now
  std::int64_t created_by = 0;
};

/// One screened row. Codes and texts are formatted by the service; the store keeps them as given.
struct ScreeningRowRecord {
  std::int64_t line = 0;      ///< line of the list file (header = 1)
  std::string nik;            ///< as written in the list ("" when none)
  std::string kk;
  std::string name;
  std::string desa;
  std::string verdict;        ///< "LOLOS", "PERLU_VERIFIKASI", "DITOLAK"
  std::string reasons;        ///< reason codes, each wrapped in commas: ",MENINGGAL,TERDAFTAR_DTKS,"
  std::string details;        ///< one "CODE: detail" per line
  std::string candidates;     ///< fuzzy candidates, one "NIK;NAME;PROBABILITY" per line
};

/// A screened row with the run it belongs to (for "what did screening say about this NIK").
struct ScreeningRowOfRun {
  ScreeningRun run;
  ScreeningRowRecord row;
};

/// Which rows of a run to list: "" filters nothing.
struct ScreeningRowQuery {
  std::string verdict;
  std::string reason;
  int limit = 50;
  int offset = 0;
};

/// A page of rows with the number of rows matching the filter.
struct ScreeningRowPage {
  std::vector<ScreeningRowRecord> rows;
  std::int64_t total = 0;
};

}  // namespace tepat::store
