#pragma once
// Batch apply: writes a batch of keyed rows into one registry table inside the caller's transaction, inserting new
// records, changing only fields that differ, and writing one change_history row per changed field.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "store/registry_types.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/entity_table.hpp"

namespace tepat::store::sql {

/// What one incoming row asks of one column (Patch<T> with the value already in its stored form).
struct CellPatch {
  enum class Op { kKeep, kClear, kSet };
  Op op = Op::kKeep;
  SqlParam value = nullptr;

  static CellPatch Keep() { return {}; }
  static CellPatch Set(SqlParam v) { return {Op::kSet, std::move(v)}; }
  static CellPatch Clear() { return {Op::kClear, nullptr}; }
};

/// One incoming row: its natural key (EntityTable row_key) and one CellPatch per table column, in column order.
struct BatchRow {
  std::string key;
  std::vector<CellPatch> cells;
};

/// Whether ApplyBatch reads the stored rows of its keys.
enum class StoredKeys {
  kLookUp,  ///< any key may be stored: read them, update what differs, insert the rest
  kNone,    ///< the caller knows that no key of the batch is stored (a bulk load): insert without reading
};

/// Applies `rows` in order to `table` on `tx` (which must be inside a write transaction). Reads the stored rows of
/// the batch with one query per kKeysPerSelect keys; inserts new keys (kKeep and kClear leave a new column NULL)
/// with COPY or multi-row INSERTs. When none of the first kKeysPerSelect keys is stored and the dialect says
/// insert_new_keys_first, the other keys are inserted first with INSERT .. ON CONFLICT (row_key) DO NOTHING; when
/// that skipped some, the keys it inserted are read back by id (ids only grow) and only the skipped keys are read
/// in full (a bulk load of new rows then probes the key index once per row). Updates a stored record only when a kSet/kClear value differs from the stored one, then
/// with one UPDATE and one history row per changed column (entity id, field, old, new, source). A key repeated in
/// the batch is applied in order. Returns the counts; on failure the caller's transaction must be rolled back.
/// `rows` is consumed (values are moved into the statements). With StoredKeys::kNone nothing is read and the rows
/// are replayed as if every key were new (plain INSERTs; the table needs no key index); a stored key then fails
/// the batch when the table has its unique key index, and is duplicated when it has not, so only a caller that
/// knows the keys are new may pass it.
Result<ApplyCounts> ApplyBatch(Connection& tx, const EntityTable& table, std::vector<BatchRow> rows,
                               const ChangeSource& source, StoredKeys stored = StoredKeys::kLookUp);

/// Inserts `count` rows whose keys are not stored into `table` (COPY where the engine has it, else multi-row
/// INSERTs), reading nothing: row i has the key `key(i)`, the frame of `source` (job, now) and the column values
/// that `cells(i, params)` appends (one per column, in column order). Views appended must outlive the call.
Status InsertNewRows(Connection& tx, const EntityTable& table, std::size_t count, const ChangeSource& source,
                     const std::function<std::string_view(std::size_t)>& key,
                     const std::function<void(std::size_t, SqlParams&)>& cells);

/// Runs a multi-row statement for `count` rows: `batch` (rows_per_batch rows) as long as full batches remain,
/// then `one` for each remaining row. `append(i, params)` appends the parameters of row i. Adds the rows the
/// statements changed to `*changed` when it is not null.
Status ExecInChunks(Connection& tx, const Statement& one, const Statement& batch, int rows_per_batch,
                    std::size_t count, const std::function<void(std::size_t, SqlParams&)>& append,
                    std::int64_t* changed = nullptr);

/// The time a change is recorded at: `source.at`, or now (UTC) when it is 0.
domain::UnixSeconds ChangeTime(const ChangeSource& source);

}  // namespace tepat::store::sql
