#include "store/sql/batch_apply.hpp"

#include <algorithm>
#include <ctime>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "store/sql/query.hpp"
#include "store/sql/registry_statements.hpp"

namespace tepat::store::sql {
namespace {

const SqlParam kNullValue = nullptr;
/// The insert-first path is taken when at most 1 in kStoredShareDivisor of the probed keys is stored.
constexpr std::size_t kStoredShareDivisor = 4;

/// The state of one key of the batch: the stored values and, per column, the latest value the batch gives it.
struct KeyState {
  std::string_view key;               ///< views the first batch row with this key
  std::int64_t id = 0;                ///< 0 for a key not yet stored
  std::vector<SqlParam> stored;       ///< the stored values (NULL for a new key)
  std::vector<const SqlParam*> latest;  ///< per column: the stored value or the cell of the last row that set it
  bool changed = false;               ///< stored record whose values differ from the stored ones
  bool seen = false;                  ///< a row of the batch already used this key
  bool inserted = false;              ///< written by the insert-first path (SQLite) already
};

struct HistoryRow {
  std::int64_t entity_id;
  std::string_view field;
  SqlParam old_value;
  SqlParam new_value;
};

/// One state per distinct key of a batch, in first-seen order; row_state[r] is the state of rows[r].
struct BatchStates {
  std::unordered_map<std::string_view, std::size_t> index;
  std::vector<KeyState> states;
  std::vector<std::size_t> row_state;
};

SqlParam ReadCell(const Row& row, int column, CellType type) {
  if (row.IsNull(column)) return nullptr;
  if (type == CellType::kInt) return row.Int(column);
  return std::string(row.Text(column));
}

SqlParam HistoryText(const SqlParam& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
  return value;
}

const Statement& InsertHistoryOne() {
  static const std::string kText = std::string(kInsertHistoryHead) + std::string(kInsertHistoryValues);
  static const Statement kStatement{"insert_change_history", kText};
  return kStatement;
}

const Statement& InsertHistoryBatch() {
  static const std::string kText = [] {
    std::string text(kInsertHistoryHead);
    for (int i = 0; i < kRowsPerInsert; ++i) {
      if (i > 0) text.append(", ");
      text.append(kInsertHistoryValues);
    }
    return text;
  }();
  static const Statement kStatement{"insert_change_history_batch", kText};
  return kStatement;
}

/// Sets every state back to "nothing of the batch applied yet": latest = stored values.
void ResetStates(std::vector<KeyState>& states) {
  for (KeyState& state : states) {
    for (std::size_t c = 0; c < state.stored.size(); ++c) state.latest[c] = &state.stored[c];
    state.changed = false;
    state.seen = false;
  }
}

/// Reads the stored rows of states[first..] whose index `wanted` accepts, kKeysPerSelect keys per query. Returns
/// how many were found.
template <typename Wanted>
Result<std::size_t> LoadStored(Connection& tx, const EntityTable& table, BatchStates& batch, std::size_t first,
                               std::size_t last, Wanted wanted) {
  const std::size_t width = table.columns().size();
  const Dialect& dialect = tx.dialect();
  if (!dialect.key_lookup_begin.empty()) {
    if (Status set = tx.ExecScript(dialect.key_lookup_begin); !set.ok()) return set;
  }
  std::size_t found_count = 0;
  SqlParams params;
  auto flush = [&]() -> Status {
    if (params.empty()) return Status::Ok();
    while (params.size() < static_cast<std::size_t>(kKeysPerSelect)) params.push_back(params.back());
    Status queried = tx.Query(table.select_by_keys(), params, [&](const Row& row) {
      auto found = batch.index.find(row.Text(1));
      if (found == batch.index.end() || batch.states[found->second].id != 0) return;
      KeyState& state = batch.states[found->second];
      state.id = row.Int(0);
      for (std::size_t c = 0; c < width; ++c) {
        state.stored[c] = ReadCell(row, static_cast<int>(c) + 2, table.columns()[c].type);
      }
      ++found_count;
    });
    params.clear();
    return queried;
  };
  for (std::size_t i = first; i < last; ++i) {
    if (!wanted(i)) continue;
    params.emplace_back(batch.states[i].key);  // a view: the rows outlive the query
    if (params.size() == static_cast<std::size_t>(kKeysPerSelect)) {
      if (Status done = flush(); !done.ok()) return done;
    }
  }
  if (Status done = flush(); !done.ok()) return done;
  if (!dialect.key_lookup_end.empty()) {
    if (Status set = tx.ExecScript(dialect.key_lookup_end); !set.ok()) return set;
  }
  return found_count;
}

/// Applies the rows in order to their states' latest values: counts every row (the first row of a key not stored
/// is an insert), marks stored records that change, and collects one history row per changed field of a stored
/// record. Rows are not modified; `latest` points into them afterwards.
ApplyCounts Replay(const EntityTable& table, const std::vector<BatchRow>& rows, BatchStates& batch,
                   std::vector<HistoryRow>* history) {
  const std::vector<ColumnSpec>& columns = table.columns();
  ApplyCounts counts;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const BatchRow& row = rows[r];
    KeyState& state = batch.states[batch.row_state[r]];
    const bool first_insert = state.id == 0 && !state.seen;
    state.seen = true;
    bool row_changed = false;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const CellPatch& cell = row.cells[c];
      if (cell.op == CellPatch::Op::kKeep) continue;
      const SqlParam* value = cell.op == CellPatch::Op::kClear ? &kNullValue : &cell.value;
      if (*state.latest[c] == *value) continue;
      row_changed = true;
      if (state.id != 0 && columns[c].history && history != nullptr) {
        history->push_back({state.id, columns[c].name, HistoryText(*state.latest[c]), HistoryText(*value)});
      }
      state.latest[c] = value;
    }
    if (first_insert) {
      ++counts.inserted;
    } else if (row_changed) {
      ++counts.updated;
      if (state.id != 0) state.changed = true;
    } else {
      ++counts.unchanged;
    }
  }
  return counts;
}

/// Appends the latest values of `state` (copied, or moved when `move` and the value is not shared).
void AppendLatest(const KeyState& state, bool move, SqlParams& params) {
  for (const SqlParam* value : state.latest) {
    if (move && value != &kNullValue) {
      params.push_back(std::move(*const_cast<SqlParam*>(value)));  // each cell is emitted once; see ApplyBatch
    } else {
      params.push_back(*value);
    }
  }
}

/// kInternal when `row` does not have one cell per column of `table`.
Status CheckWidth(const EntityTable& table, const BatchRow& row) {
  const std::size_t width = table.columns().size();
  if (row.cells.size() == width) return Status::Ok();
  return domain::Internal("batch row for " + std::string(RegistryEntityCode(table.entity())) + " has " +
                          std::to_string(row.cells.size()) + " cells, the table has " + std::to_string(width));
}

/// Inserts `count` rows into `table` (COPY where the engine has it, else multi-row INSERTs); `append(i, params)`
/// appends the values of row i in the order of table.insert_one().
Status InsertRows(Connection& tx, const EntityTable& table, std::size_t count,
                  const std::function<void(std::size_t, SqlParams&)>& append) {
  if (count == 0) return Status::Ok();
  Result<bool> copied = tx.CopyIn(table.copy_target(), count, append);
  if (!copied.ok()) return copied.status();
  if (*copied) return Status::Ok();
  return ExecInChunks(tx, table.insert_one(), table.insert_batch(), kRowsPerInsert, count, append);
}

/// True when no key of `rows` repeats.
bool KeysDistinct(const std::vector<BatchRow>& rows) {
  std::unordered_set<std::string_view> seen;
  seen.reserve(rows.size());
  for (const BatchRow& row : rows) {
    if (!seen.insert(row.key).second) return false;
  }
  return true;
}

/// The bulk case of ApplyBatch: keys distinct and not stored. Inserts every row as it is, in input order (kKeep and
/// kClear leave the column NULL, as for any new key), moving the values; every row counts as inserted.
Result<ApplyCounts> InsertDistinctNewRows(Connection& tx, const EntityTable& table, std::vector<BatchRow>& rows,
                                          const ChangeSource& source) {
  for (const BatchRow& row : rows) {
    if (Status fits = CheckWidth(table, row); !fits.ok()) return fits;
  }
  Status inserted = InsertNewRows(
      tx, table, rows.size(), source, [&](std::size_t i) -> std::string_view { return rows[i].key; },
      [&](std::size_t i, SqlParams& params) {
        for (CellPatch& cell : rows[i].cells) {
          if (cell.op == CellPatch::Op::kSet) {
            params.push_back(std::move(cell.value));
          } else {
            params.emplace_back(nullptr);
          }
        }
      });
  if (!inserted.ok()) return inserted;
  ApplyCounts counts;
  counts.inserted = static_cast<std::int64_t>(rows.size());
  return counts;
}

}  // namespace

domain::UnixSeconds ChangeTime(const ChangeSource& source) {
  return source.at != 0 ? source.at : static_cast<domain::UnixSeconds>(std::time(nullptr));
}

Status InsertNewRows(Connection& tx, const EntityTable& table, std::size_t count, const ChangeSource& source,
                     const std::function<std::string_view(std::size_t)>& key,
                     const std::function<void(std::size_t, SqlParams&)>& cells) {
  const domain::UnixSeconds now = ChangeTime(source);
  return InsertRows(tx, table, count, [&](std::size_t i, SqlParams& params) {
    params.emplace_back(key(i));
    params.emplace_back(source.job_id);
    params.emplace_back(now);
    params.emplace_back(now);
    cells(i, params);
  });
}

Status ExecInChunks(Connection& tx, const Statement& one, const Statement& batch, int rows_per_batch,
                    std::size_t count, const std::function<void(std::size_t, SqlParams&)>& append,
                    std::int64_t* changed) {
  auto run = [&](const Statement& statement, const SqlParams& params) -> Status {
    Result<std::int64_t> done = tx.Exec(statement, params);
    if (!done.ok()) return done.status();
    if (changed != nullptr) *changed += *done;
    return Status::Ok();
  };
  SqlParams params;
  const std::size_t per_batch = static_cast<std::size_t>(rows_per_batch);
  std::size_t next = 0;
  for (; next + per_batch <= count; next += per_batch) {
    params.clear();
    for (std::size_t i = next; i < next + per_batch; ++i) append(i, params);
    if (Status done = run(batch, params); !done.ok()) return done;
  }
  for (; next < count; ++next) {
    params.clear();
    append(next, params);
    if (Status done = run(one, params); !done.ok()) return done;
  }
  return Status::Ok();
}

Result<ApplyCounts> ApplyBatch(Connection& tx, const EntityTable& table, std::vector<BatchRow> rows,
                               const ChangeSource& source, StoredKeys stored) {
  if (stored == StoredKeys::kNone && KeysDistinct(rows)) return InsertDistinctNewRows(tx, table, rows, source);
  const std::size_t width = table.columns().size();
  BatchStates batch;
  batch.index.reserve(rows.size());
  batch.states.reserve(rows.size());
  batch.row_state.reserve(rows.size());
  for (const BatchRow& row : rows) {
    if (Status fits = CheckWidth(table, row); !fits.ok()) return fits;
    auto [it, added] = batch.index.try_emplace(row.key, batch.states.size());
    if (added) {
      KeyState& state = batch.states.emplace_back();
      state.key = row.key;
      state.stored.assign(width, nullptr);
      state.latest.assign(width, nullptr);
    }
    batch.row_state.push_back(it->second);
  }
  // Pointers into `stored` are taken only now that no state moves any more.
  ResetStates(batch.states);
  // New keys are inserted in key order: each index insert then lands next to the previous one, so a batch touches
  // each index page once instead of jumping across the whole key index (row ids are internal; file order is not
  // kept).
  std::vector<std::size_t> order(batch.states.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return batch.states[a].key < batch.states[b].key; });

  const domain::UnixSeconds now = ChangeTime(source);
  auto append_insert = [&](const KeyState& state, bool move, SqlParams& params) {
    params.emplace_back(state.key);  // a view: the rows outlive the statement
    params.emplace_back(source.job_id);
    params.emplace_back(now);
    params.emplace_back(now);
    AppendLatest(state, move, params);
  };

  // Look up the first kKeysPerSelect keys. When few of them are stored (a bulk load of mostly new people) and the
  // engine can insert skipping stored keys, insert every other key first and look up only the keys the insert
  // skipped: one index probe per new key instead of two.
  const bool look_up = stored == StoredKeys::kLookUp;
  const std::size_t probe_end = look_up ? std::min(batch.states.size(), static_cast<std::size_t>(kKeysPerSelect)) : 0;
  Result<std::size_t> probed = LoadStored(tx, table, batch, 0, probe_end, [](std::size_t) { return true; });
  if (!probed.ok()) return probed.status();
  const bool mostly_new = *probed * kStoredShareDivisor <= probe_end;
  if (!look_up) {
    // Nothing to read: every key is new.
  } else if (mostly_new && tx.dialect().insert_new_keys_first && probe_end < batch.states.size()) {
    ResetStates(batch.states);
    Replay(table, rows, batch, nullptr);  // latest values as if every key were new
    std::vector<std::size_t> candidates;
    for (std::size_t i : order) {
      if (i >= probe_end) candidates.push_back(i);
    }
    Result<std::int64_t> last_id = QueryInt(tx, table.max_id(), {});
    if (!last_id.ok()) return last_id.status();
    std::int64_t inserted_count = 0;
    Status inserted = ExecInChunks(
        tx, table.insert_new_one(), table.insert_new_batch(), kRowsPerInsert, candidates.size(),
        [&](std::size_t i, SqlParams& params) { append_insert(batch.states[candidates[i]], false, params); },
        &inserted_count);
    if (!inserted.ok()) return inserted;
    if (inserted_count == static_cast<std::int64_t>(candidates.size())) {
      for (std::size_t i : candidates) batch.states[i].inserted = true;
    } else {
      // Some keys were stored already: the rows this batch inserted are those after the last id before it.
      Status marked = tx.Query(table.select_keys_after_id(), {*last_id}, [&](const Row& row) {
        if (auto found = batch.index.find(row.Text(0)); found != batch.index.end()) {
          batch.states[found->second].inserted = true;
        }
      });
      if (!marked.ok()) return marked;
    }
    Result<std::size_t> skipped = LoadStored(tx, table, batch, probe_end, batch.states.size(), [&](std::size_t i) {
      return !batch.states[i].inserted;
    });
    if (!skipped.ok()) return skipped.status();
    for (std::size_t i = probe_end; i < batch.states.size(); ++i) {
      const KeyState& state = batch.states[i];
      if (!state.inserted && state.id == 0) {
        return domain::Internal("a key of the " + std::string(RegistryEntityCode(table.entity())) +
                                " batch was neither inserted nor found; the batch was not written");
      }
    }
    ResetStates(batch.states);
  } else {
    // Every key is looked up before anything is written.
    Result<std::size_t> rest = LoadStored(tx, table, batch, probe_end, batch.states.size(),
                                          [](std::size_t) { return true; });
    if (!rest.ok()) return rest.status();
  }

  std::vector<HistoryRow> history;
  ApplyCounts counts = Replay(table, rows, batch, &history);
  // From here on every cell is emitted at most once (a key is inserted or updated once), so values can be moved.
  std::vector<const KeyState*> inserts;
  for (std::size_t i : order) {
    const KeyState& state = batch.states[i];
    if (state.id == 0 && !state.inserted) inserts.push_back(&state);
  }
  Status inserted = InsertRows(tx, table, inserts.size(), [&](std::size_t i, SqlParams& params) {
    append_insert(*inserts[i], true, params);
  });
  if (!inserted.ok()) return inserted;
  // Stored rows are rewritten in id order, which is the table's order: rows of one page follow each other.
  std::vector<const KeyState*> updates;
  for (const KeyState& state : batch.states) {
    if (state.id != 0 && state.changed) updates.push_back(&state);
  }
  std::sort(updates.begin(), updates.end(), [](const KeyState* a, const KeyState* b) { return a->id < b->id; });
  SqlParams params;
  for (const KeyState* state : updates) {
    params.clear();
    AppendLatest(*state, true, params);
    params.emplace_back(now);
    params.emplace_back(state->id);
    if (Result<std::int64_t> done = tx.Exec(table.update_by_id(), params); !done.ok()) return done.status();
  }
  const std::string entity = RegistryEntityCode(table.entity());
  Status recorded = ExecInChunks(tx, InsertHistoryOne(), InsertHistoryBatch(), kRowsPerInsert, history.size(),
                                 [&](std::size_t i, SqlParams& out) {
                                   HistoryRow& change = history[i];
                                   out.emplace_back(entity);
                                   out.emplace_back(change.entity_id);
                                   out.emplace_back(std::string(change.field));
                                   out.push_back(std::move(change.old_value));
                                   out.push_back(std::move(change.new_value));
                                   out.emplace_back(source.job_id);
                                   out.emplace_back(source.user_id);
                                   out.emplace_back(now);
                                 });
  if (!recorded.ok()) return recorded;
  counts.history_rows = static_cast<std::int64_t>(history.size());
  return counts;
}

}  // namespace tepat::store::sql
