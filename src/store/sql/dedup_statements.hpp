#pragma once
// The statements of registry deduplication (runs, clusters, pairs, decisions, merges), written once with `?`
// placeholders for both engines. Weights and probabilities are integers in millionths (kMicroPerUnit).
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

/// Stored weights and probabilities are value * kMicroPerUnit, rounded.
inline constexpr double kMicroPerUnit = 1'000'000.0;

#define TEPAT_DEDUP_RUN_COLUMNS                                                                                  \
  "id, region, settings_digest, settings_text, data_version, status, stage, units_done, units_total, records, "  \
  "candidate_pairs, matches, clusters, dismissed_skipped, created_by, created_at, started_at, finished_at, "      \
  "heartbeat_at, cancel_requested, message"
#define TEPAT_DEDUP_CLUSTER_COLUMNS "c.id, c.run_id, c.status, c.max_probability_micro, c.decided_by, c.decided_at"
// (status code or '', the same, run id or 0, the same, region LIKE pattern or '', the same): the queue filter.
#define TEPAT_DEDUP_CLUSTER_FILTER                                                                 \
  " FROM dedup_clusters c WHERE (? = '' OR c.status = ?) AND (? = 0 OR c.run_id = ?) AND (? = '' OR " \
  "EXISTS (SELECT 1 FROM dedup_cluster_members m WHERE m.cluster_id = c.id AND m.desa LIKE ?))"

// --- runs -----------------------------------------------------------------------------------------------------
inline constexpr Statement kInsertDedupRun{
    "insert_dedup_run",
    "INSERT INTO dedup_runs(region, settings_digest, settings_text, data_version, status, created_by, created_at) "
    "VALUES (?, ?, ?, ?, 'queued', ?, ?) RETURNING id"};
inline constexpr Statement kGetDedupRun{"get_dedup_run",
                                        "SELECT " TEPAT_DEDUP_RUN_COLUMNS " FROM dedup_runs WHERE id = ?"};
inline constexpr Statement kListDedupRuns{
    "list_dedup_runs", "SELECT " TEPAT_DEDUP_RUN_COLUMNS " FROM dedup_runs ORDER BY id DESC LIMIT ?"};
// (now, now, id)
inline constexpr Statement kStartDedupRun{
    "start_dedup_run",
    "UPDATE dedup_runs SET status = 'running', started_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'queued'"};
// (stage, done, total, now, id)
inline constexpr Statement kDedupRunProgress{
    "dedup_run_progress",
    "UPDATE dedup_runs SET stage = ?, units_done = ?, units_total = ?, heartbeat_at = ? "
    "WHERE id = ? AND status = 'running'"};
inline constexpr Statement kDedupRunCancelRequested{"dedup_run_cancel_requested",
                                                    "SELECT cancel_requested FROM dedup_runs WHERE id = ?"};
// (status, records, candidate_pairs, matches, clusters, dismissed_skipped, message, now, id)
inline constexpr Statement kFinishDedupRun{
    "finish_dedup_run",
    "UPDATE dedup_runs SET status = ?, records = ?, candidate_pairs = ?, matches = ?, clusters = ?, "
    "dismissed_skipped = ?, message = ?, finished_at = ? WHERE id = ? AND status = 'running'"};
// (now, message, id)
inline constexpr Statement kCancelQueuedDedupRun{
    "cancel_queued_dedup_run",
    "UPDATE dedup_runs SET status = 'cancelled', cancel_requested = 1, finished_at = ?, message = ? "
    "WHERE id = ? AND status = 'queued'"};
inline constexpr Statement kRequestDedupRunCancel{
    "request_dedup_run_cancel", "UPDATE dedup_runs SET cancel_requested = 1 WHERE id = ? AND status = 'running'"};

// --- clusters -------------------------------------------------------------------------------------------------
// (run id, run region LIKE pattern): open clusters of earlier runs covering the same or a smaller region.
inline constexpr Statement kSupersedeOpenClusters{
    "supersede_open_dedup_clusters",
    "UPDATE dedup_clusters SET status = 'superseded' WHERE status = 'open' AND run_id <> ? AND run_id IN ("
    "SELECT id FROM dedup_runs WHERE region LIKE ?)"};
// (run id, size, max probability micro)
inline constexpr Statement kInsertDedupCluster{
    "insert_dedup_cluster",
    "INSERT INTO dedup_clusters(run_id, status, size, max_probability_micro) VALUES (?, 'open', ?, ?) RETURNING id"};
inline constexpr Statement kInsertDedupMember{
    "insert_dedup_member", "INSERT INTO dedup_cluster_members(cluster_id, person_id, desa) VALUES (?, ?, ?)"};
inline constexpr Statement kInsertDedupPair{
    "insert_dedup_pair",
    "INSERT INTO dedup_pairs(cluster_id, person_a, person_b, weight_micro, probability_micro, prior_micro) "
    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"};
inline constexpr Statement kInsertDedupPairField{
    "insert_dedup_pair_field",
    "INSERT INTO dedup_pair_fields(pair_id, position, field, level, label, weight_micro, tf_micro) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"};
// Filter parameters (see TEPAT_DEDUP_CLUSTER_FILTER), then limit and offset.
inline constexpr Statement kListDedupClusters{
    "list_dedup_clusters",
    "SELECT " TEPAT_DEDUP_CLUSTER_COLUMNS TEPAT_DEDUP_CLUSTER_FILTER
    " ORDER BY c.max_probability_micro DESC, c.id LIMIT ? OFFSET ?"};
inline constexpr Statement kCountDedupClusters{"count_dedup_clusters",
                                               "SELECT COUNT(*)" TEPAT_DEDUP_CLUSTER_FILTER};
inline constexpr Statement kGetDedupCluster{
    "get_dedup_cluster", "SELECT " TEPAT_DEDUP_CLUSTER_COLUMNS " FROM dedup_clusters c WHERE c.id = ?"};
inline constexpr Statement kListDedupMembers{
    "list_dedup_members",
    "SELECT person_id, desa FROM dedup_cluster_members WHERE cluster_id = ? ORDER BY person_id"};
inline constexpr Statement kActiveSurvivorOfCluster{
    "active_survivor_of_dedup_cluster",
    "SELECT survivor_id FROM person_merges WHERE cluster_id = ? AND undone_at = 0 ORDER BY id LIMIT 1"};
inline constexpr Statement kListDedupPairs{
    "list_dedup_pairs",
    "SELECT id, person_a, person_b, weight_micro, probability_micro, prior_micro FROM dedup_pairs "
    "WHERE cluster_id = ? ORDER BY probability_micro DESC, id"};
inline constexpr Statement kListDedupPairFields{
    "list_dedup_pair_fields",
    "SELECT f.pair_id, f.field, f.level, f.label, f.weight_micro, f.tf_micro FROM dedup_pair_fields f "
    "JOIN dedup_pairs p ON p.id = f.pair_id WHERE p.cluster_id = ? ORDER BY f.pair_id, f.position"};

// --- decisions and merges -------------------------------------------------------------------------------------
// (status, by, now, id)
inline constexpr Statement kDecideDedupCluster{
    "decide_dedup_cluster", "UPDATE dedup_clusters SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"};
// (a, b, cluster, by, now)
inline constexpr Statement kInsertDismissedPair{
    "insert_dismissed_pair",
    "INSERT INTO dedup_dismissed_pairs(person_a, person_b, cluster_id, decided_by, decided_at) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"};
inline constexpr Statement kDeleteDismissedOfCluster{"delete_dismissed_of_cluster",
                                                     "DELETE FROM dedup_dismissed_pairs WHERE cluster_id = ?"};
inline constexpr Statement kListDismissedPairs{
    "list_dismissed_pairs", "SELECT person_a, person_b FROM dedup_dismissed_pairs ORDER BY person_a, person_b"};
#define TEPAT_MERGE_COLUMNS "id, cluster_id, person_id, survivor_id, merged_by, merged_at, undone_by, undone_at"
// (cluster, person, survivor, by, now)
inline constexpr Statement kInsertMerge{
    "insert_person_merge",
    "INSERT INTO person_merges(cluster_id, person_id, survivor_id, merged_by, merged_at) VALUES (?, ?, ?, ?, ?)"};
// (by, now, cluster)
inline constexpr Statement kUndoMerges{
    "undo_person_merges",
    "UPDATE person_merges SET undone_by = ?, undone_at = ? WHERE cluster_id = ? AND undone_at = 0"};
inline constexpr Statement kListMergesOfCluster{
    "list_merges_of_cluster", "SELECT " TEPAT_MERGE_COLUMNS " FROM person_merges WHERE cluster_id = ? ORDER BY id"};
inline constexpr Statement kListActiveMerges{
    "list_active_merges", "SELECT " TEPAT_MERGE_COLUMNS " FROM person_merges WHERE undone_at = 0 ORDER BY id"};

#undef TEPAT_DEDUP_RUN_COLUMNS
#undef TEPAT_DEDUP_CLUSTER_COLUMNS
#undef TEPAT_DEDUP_CLUSTER_FILTER
#undef TEPAT_MERGE_COLUMNS

}  // namespace tepat::store::sql
