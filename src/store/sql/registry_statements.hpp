#pragma once
// The registry's fixed statements (change history, look-ups, DTKS rounds, background jobs), written once with `?`
// placeholders for both engines. The batch statements of each registry table are derived from its EntityTable.
// Column lists are shared with the readers in registry_readers.cpp: keep the orders in step.
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

#define TEPAT_PERSON_COLUMNS                                                                                   \
  "id, nik, kk, name, birth_place, birth_date, sex, religion, relation, address, rt, rw, desa, life_status, " \
  "status_date, status_source"
#define TEPAT_HISTORY_COLUMNS "id, entity_type, entity_id, field, old_value, new_value, job_id, user_id, at"
#define TEPAT_DTKS_COLUMNS "dtks_id, kk, nik, decile, round, status"
#define TEPAT_RECIPIENT_COLUMNS                                                                                \
  "program_code, period, stage, nik, kk, name, desa, amount_rupiah, goods, received_on, decree_number, " \
  "created_job_id"
#define TEPAT_JOB_COLUMNS                                                                                       \
  "id, kind, file_name, status, rows_total, rows_done, rows_errors, created_at, started_at, finished_at, "     \
  "heartbeat_at, error_report_path, created_by, cancel_requested, message, params, scope_region, result_path"

// --- change history -------------------------------------------------------------------------------------------
inline constexpr std::string_view kInsertHistoryHead =
    "INSERT INTO change_history(entity_type, entity_id, field, old_value, new_value, job_id, user_id, at) VALUES ";
inline constexpr std::string_view kInsertHistoryValues = "(?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr Statement kListHistory{
    "list_history",
    "SELECT " TEPAT_HISTORY_COLUMNS " FROM change_history WHERE entity_type = ? AND entity_id = ? ORDER BY id"};
inline constexpr Statement kCountHistory{"count_history", "SELECT COUNT(*) FROM change_history"};

// --- people and households ------------------------------------------------------------------------------------
// Look-ups by NIK or KK compare row_key (a person's row_key is the NIK, a household's the KK), which the unique key
// index serves; nik and households.kk have no index of their own (one index fewer to build after a bulk load).
inline constexpr Statement kFindPersonByNik{"find_person_by_nik",
                                            "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE row_key = ?"};
inline constexpr Statement kGetPerson{"get_person", "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE id = ?"};
inline constexpr Statement kCountPeople{"count_people", "SELECT COUNT(*) FROM people"};
// One row: 0 when people and households are both empty (a bulk load may begin), else 1 or 2.
inline constexpr Statement kPeopleOrHouseholdsStored{
    "people_or_households_stored",
    "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM people LIMIT 1)) + "
    "(SELECT COUNT(*) FROM (SELECT 1 FROM households LIMIT 1))"};
// Parameters: a LIKE pattern over search_name, then kSearchRegionSlots desa prefixes as LIKE patterns ("3510%";
// unused slots repeat one), then limit and offset.
inline constexpr Statement kSearchPeople{
    "search_people",
    "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE search_name LIKE ? ESCAPE '\\' AND ("
    "desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR "
    "desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR desa LIKE ? OR "
    "desa LIKE ? OR desa LIKE ?) ORDER BY search_name, nik LIMIT ? OFFSET ?"};
inline constexpr int kSearchRegionSlots = 16;
// Parameters: a LIKE pattern over search_name, limit, offset. For accounts without region scope (admin).
inline constexpr Statement kSearchAllPeople{
    "search_all_people",
    "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE search_name LIKE ? ESCAPE '\\' "
    "ORDER BY search_name, nik LIMIT ? OFFSET ?"};
// (after_id, desa LIKE pattern ("%" for all), limit): keyset paging over the people of a region.
inline constexpr Statement kListPeopleAfter{
    "list_people_after",
    "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE id > ? AND desa LIKE ? ORDER BY id LIMIT ?"};
inline constexpr Statement kGetPersonById{"get_person_by_id",
                                          "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE id = ?"};
inline constexpr Statement kPeopleDataVersion{
    "people_data_version",
    "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MAX(updated_at), 0) FROM people WHERE desa LIKE ?"};
inline constexpr Statement kFindHousehold{
    "find_household",
    "SELECT h.id, h.kk, COALESCE(p.id, 0), h.desa, COALESCE(h.head_nik, '') FROM households h "
    "LEFT JOIN people p ON p.row_key = h.head_nik WHERE h.row_key = ?"};
inline constexpr Statement kGetHousehold{
    "get_household",
    "SELECT h.id, h.kk, COALESCE(p.id, 0), h.desa, COALESCE(h.head_nik, '') FROM households h "
    "LEFT JOIN people p ON p.row_key = h.head_nik WHERE h.id = ?"};
inline constexpr Statement kListHouseholdMembers{
    "list_household_members", "SELECT " TEPAT_PERSON_COLUMNS " FROM people WHERE kk = ? ORDER BY nik"};

// --- DTKS -----------------------------------------------------------------------------------------------------
inline constexpr Statement kListDtksOfPerson{
    "list_dtks_of_person", "SELECT " TEPAT_DTKS_COLUMNS " FROM dtks_members WHERE nik = ? ORDER BY round DESC, kk"};
inline constexpr Statement kListDtksOfHousehold{
    "list_dtks_of_household",
    "SELECT " TEPAT_DTKS_COLUMNS " FROM dtks_members WHERE kk = ? ORDER BY round DESC, nik"};
// (earlier, later) rounds: entries of the first round absent from the second. Used both ways (added, removed).
inline constexpr Statement kListDtksRounds{
    "list_dtks_rounds", "SELECT DISTINCT round FROM dtks_members ORDER BY round"};
inline constexpr Statement kDtksEntriesOnlyIn{
    "dtks_entries_only_in",
    "SELECT a.kk, a.nik, a.decile, a.status FROM dtks_members a WHERE a.round = ? AND NOT EXISTS ("
    "SELECT 1 FROM dtks_members b WHERE b.round = ? AND b.kk = a.kk AND b.nik = a.nik) ORDER BY a.kk, a.nik"};
inline constexpr Statement kDtksHouseholdsOnlyIn{
    "dtks_households_only_in",
    "SELECT DISTINCT a.kk FROM dtks_members a WHERE a.round = ? AND NOT EXISTS ("
    "SELECT 1 FROM dtks_members b WHERE b.round = ? AND b.kk = a.kk) ORDER BY a.kk"};
inline constexpr Statement kDtksEntriesChanged{
    "dtks_entries_changed",
    "SELECT a.kk, a.nik, a.decile, a.status, b.decile, b.status FROM dtks_members a JOIN dtks_members b "
    "ON b.round = ? AND b.kk = a.kk AND b.nik = a.nik WHERE a.round = ? AND (a.decile <> b.decile OR "
    "a.status <> b.status) ORDER BY a.kk, a.nik"};

// --- programs and recipients ----------------------------------------------------------------------------------
#define TEPAT_PROGRAM_COLUMNS "id, code, name, kind, funding, agency, region, starts, ends"
inline constexpr Statement kFindProgram{"find_program",
                                        "SELECT " TEPAT_PROGRAM_COLUMNS " FROM programs WHERE code = ?"};
inline constexpr Statement kGetProgram{"get_program", "SELECT " TEPAT_PROGRAM_COLUMNS " FROM programs WHERE id = ?"};
inline constexpr Statement kListPrograms{"list_programs",
                                         "SELECT " TEPAT_PROGRAM_COLUMNS " FROM programs ORDER BY name, code"};
#undef TEPAT_PROGRAM_COLUMNS
inline constexpr Statement kListAidOfPerson{
    "list_aid_of_person",
    "SELECT " TEPAT_RECIPIENT_COLUMNS " FROM recipients WHERE nik = ? ORDER BY period, program_code, stage"};
inline constexpr Statement kCountRecipients{"count_recipients", "SELECT COUNT(*) FROM recipients"};

// --- background jobs (table `jobs`) -------------------------------------------------------------------------
inline constexpr Statement kInsertJob{
    "insert_job",
    "INSERT INTO jobs(kind, file_name, params, scope_region, status, rows_total, created_at, created_by) "
    "VALUES (?, ?, ?, ?, 'queued', ?, ?, ?) RETURNING id"};
inline constexpr Statement kGetJob{"get_job", "SELECT " TEPAT_JOB_COLUMNS " FROM jobs WHERE id = ?"};
// (before_id, before_id, created_by, created_by, kind LIKE pattern, limit)
inline constexpr Statement kListJobs{
    "list_jobs",
    "SELECT " TEPAT_JOB_COLUMNS " FROM jobs WHERE (? = 0 OR id < ?) AND (? = 0 OR created_by = ?) "
    "AND kind LIKE ? ORDER BY id DESC LIMIT ?"};
// (now, now, id): claims one queued job; 0 rows when it is not queued (someone else claimed it).
inline constexpr Statement kClaimJob{
    "claim_job",
    "UPDATE jobs SET status = 'running', started_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'queued'"};
// The oldest queued jobs (id, kind); the caller picks the first of a kind it runs.
inline constexpr Statement kOldestQueuedJobs{
    "oldest_queued_jobs", "SELECT id, kind FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 64"};
// (total, done, errors, now, id) on a running job.
inline constexpr Statement kJobProgress{
    "job_progress",
    "UPDATE jobs SET rows_total = ?, rows_done = ?, rows_errors = ?, heartbeat_at = ? "
    "WHERE id = ? AND status = 'running'"};
inline constexpr Statement kJobHeartbeat{
    "job_heartbeat", "UPDATE jobs SET heartbeat_at = ? WHERE id = ? AND status = 'running'"};
// (status, message, error_report_path, result_path, now, id) on a running job.
inline constexpr Statement kFinishJob{
    "finish_job",
    "UPDATE jobs SET status = ?, message = ?, error_report_path = ?, result_path = ?, finished_at = ? "
    "WHERE id = ? AND status = 'running'"};
inline constexpr Statement kCancelQueuedJob{
    "cancel_queued_job",
    "UPDATE jobs SET status = 'cancelled', cancel_requested = 1, finished_at = ?, message = ? "
    "WHERE id = ? AND status = 'queued'"};
inline constexpr Statement kRequestJobCancel{
    "request_job_cancel", "UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND status = 'running'"};
inline constexpr Statement kJobCancelRequested{
    "job_cancel_requested", "SELECT cancel_requested FROM jobs WHERE id = ?"};
// (now, message, cutoff): running jobs whose last heartbeat is older than the cutoff.
inline constexpr Statement kFailStaleJobs{
    "fail_stale_jobs",
    "UPDATE jobs SET status = 'failed', finished_at = ?, message = ? WHERE status = 'running' AND heartbeat_at < ?"};

#undef TEPAT_PERSON_COLUMNS
#undef TEPAT_HISTORY_COLUMNS
#undef TEPAT_DTKS_COLUMNS
#undef TEPAT_RECIPIENT_COLUMNS
#undef TEPAT_JOB_COLUMNS

}  // namespace tepat::store::sql
