#pragma once
// Statements of the registry scans and of stored screening runs. The scan statements select the cells of
// registry_cells.hpp (the row id used for keyset paging first).
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

// (after_id, limit) for every scan. Columns in registry_cells.hpp order, the row id (keyset) first.
inline constexpr Statement kScanPeopleCells{
    "scan_people_cells",
    "SELECT id, nik, kk, name, birth_place, birth_date, sex, desa, life_status, status_date FROM people "
    "WHERE id > ? ORDER BY id LIMIT ?"};
inline constexpr Statement kScanDtksCells{
    "scan_dtks_cells",
    "SELECT id, round, kk, nik, decile, status FROM dtks_members WHERE id > ? ORDER BY id LIMIT ?"};
inline constexpr Statement kScanRecipientCells{
    "scan_recipient_cells",
    "SELECT id, program_code, period, nik, kk FROM recipients WHERE id > ? ORDER BY id LIMIT ?"};
// Index look-ups only (primary keys and the updated_at indexes of migration 13), no table scan.
inline constexpr Statement kRegistryDataVersion{
    "registry_data_version",
    "SELECT (SELECT COALESCE(MAX(id), 0) FROM people), (SELECT COALESCE(MAX(updated_at), 0) FROM people), "
    "(SELECT COALESCE(MAX(id), 0) FROM dtks_members), (SELECT COALESCE(MAX(updated_at), 0) FROM dtks_members), "
    "(SELECT COALESCE(MAX(id), 0) FROM recipients), (SELECT COALESCE(MAX(updated_at), 0) FROM recipients)"};

#define TEPAT_SCREENING_RUN_COLUMNS                                                                           \
  "id, job_id, program_code, period, list_name, settings, data_version, rows_total, lolos, perlu_verifikasi, " \
  "ditolak, created_at, created_by"
#define TEPAT_SCREENING_ROW_COLUMNS "line, nik, kk, name, desa, verdict, reasons, details, candidates"

inline constexpr Statement kInsertScreeningRun{
    "insert_screening_run",
    "INSERT INTO screening_runs(job_id, program_code, period, list_name, settings, data_version, rows_total, lolos, "
    "perlu_verifikasi, ditolak, created_at, created_by) VALUES (?, ?, ?, ?, '', '', 0, 0, 0, 0, ?, ?) RETURNING id"};
// (settings, data_version, rows_total, lolos, perlu_verifikasi, ditolak, run id)
inline constexpr Statement kCompleteScreeningRun{
    "complete_screening_run",
    "UPDATE screening_runs SET settings = ?, data_version = ?, rows_total = ?, lolos = ?, perlu_verifikasi = ?, "
    "ditolak = ? WHERE id = ?"};
inline constexpr Statement kDeleteScreeningRows{"delete_screening_rows", "DELETE FROM screening_rows WHERE run_id = ?"};
inline constexpr Statement kListScreeningRunsNewest{
    "list_screening_runs_newest", "SELECT " TEPAT_SCREENING_RUN_COLUMNS " FROM screening_runs ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kListScreeningRunsBefore{
    "list_screening_runs_before",
    "SELECT " TEPAT_SCREENING_RUN_COLUMNS " FROM screening_runs WHERE id < ? ORDER BY id DESC LIMIT ?"};
inline constexpr Statement kScreeningRunOfJob{
    "screening_run_of_job", "SELECT " TEPAT_SCREENING_RUN_COLUMNS " FROM screening_runs WHERE job_id = ?"};
inline constexpr std::string_view kInsertScreeningRowsHead =
    "INSERT INTO screening_rows(run_id, " TEPAT_SCREENING_ROW_COLUMNS ") VALUES ";
inline constexpr std::string_view kInsertScreeningRowValues = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr int kScreeningRowParams = 10;
// (run_id, verdict, verdict, reason, reason pattern[, limit, offset]): "" verdict or reason filters nothing.
#define TEPAT_SCREENING_ROW_FILTER \
  " FROM screening_rows WHERE run_id = ? AND (? = '' OR verdict = ?) AND (? = '' OR reasons LIKE ?)"
inline constexpr Statement kListScreeningRows{
    "list_screening_rows",
    "SELECT " TEPAT_SCREENING_ROW_COLUMNS TEPAT_SCREENING_ROW_FILTER " ORDER BY line LIMIT ? OFFSET ?"};
inline constexpr Statement kCountScreeningRows{"count_screening_rows", "SELECT COUNT(*)" TEPAT_SCREENING_ROW_FILTER};

// (nik, limit): the run's columns (TEPAT_SCREENING_RUN_COLUMNS order) then the row's (TEPAT_SCREENING_ROW_COLUMNS).
inline constexpr Statement kListScreeningRowsOfNik{
    "list_screening_rows_of_nik",
    "SELECT r.id, r.job_id, r.program_code, r.period, r.list_name, r.settings, r.data_version, r.rows_total, "
    "r.lolos, r.perlu_verifikasi, r.ditolak, r.created_at, r.created_by, s.line, s.nik, s.kk, s.name, s.desa, "
    "s.verdict, s.reasons, s.details, s.candidates FROM screening_rows s JOIN screening_runs r ON r.id = s.run_id "
    "WHERE s.nik = ? ORDER BY r.id DESC, s.line LIMIT ?"};
inline constexpr int kScreeningRunColumnCount = 13;

#undef TEPAT_SCREENING_RUN_COLUMNS
#undef TEPAT_SCREENING_ROW_COLUMNS
#undef TEPAT_SCREENING_ROW_FILTER

}  // namespace tepat::store::sql
