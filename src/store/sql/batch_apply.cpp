#include "store/sql/batch_apply.hpp"

#include <algorithm>
#include <ctime>
#include <string_view>
#include <unordered_map>

#include "store/sql/registry_statements.hpp"

namespace tepat::store::sql {
namespace {

/// The state of one key of the batch: the stored (or to be inserted) values as they evolve.
struct KeyState {
  std::string_view key;         ///< views the first batch row with this key
  std::int64_t id = 0;          ///< 0 for a key not yet stored
  std::vector<SqlParam> values;
  bool changed = false;         ///< stored record whose values differ from the stored ones
  bool seen = false;            ///< a row of the batch already used this key
};

struct HistoryRow {
  std::int64_t entity_id;
  std::string_view field;
  SqlParam old_value;
  SqlParam new_value;
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

/// Loads the stored rows of `keys` into `states` (every key gets a state; unknown keys stay new).
Status LoadStored(Connection& tx, const EntityTable& table, const std::unordered_map<std::string_view, std::size_t>& index,
                  std::vector<KeyState>& states) {
  const std::size_t width = table.columns().size();
  const Dialect& dialect = tx.dialect();
  if (!dialect.key_lookup_begin.empty()) {
    if (Status set = tx.ExecScript(dialect.key_lookup_begin); !set.ok()) return set;
  }
  SqlParams params;
  for (std::size_t start = 0; start < states.size(); start += kKeysPerSelect) {
    params.clear();
    const std::size_t end = std::min(states.size(), start + kKeysPerSelect);
    for (std::size_t i = start; i < end; ++i) params.emplace_back(std::string(states[i].key));
    while (params.size() < static_cast<std::size_t>(kKeysPerSelect)) params.push_back(params.back());
    Status queried = tx.Query(table.select_by_keys(), params, [&](const Row& row) {
      auto found = index.find(row.Text(1));
      if (found == index.end() || states[found->second].id != 0) return;
      KeyState& state = states[found->second];
      state.id = row.Int(0);
      for (std::size_t c = 0; c < width; ++c) {
        state.values[c] = ReadCell(row, static_cast<int>(c) + 2, table.columns()[c].type);
      }
    });
    if (!queried.ok()) return queried;
  }
  if (!dialect.key_lookup_end.empty()) return tx.ExecScript(dialect.key_lookup_end);
  return Status::Ok();
}

}  // namespace

domain::UnixSeconds ChangeTime(const ChangeSource& source) {
  return source.at != 0 ? source.at : static_cast<domain::UnixSeconds>(std::time(nullptr));
}

Status ExecInChunks(Connection& tx, const Statement& one, const Statement& batch, int rows_per_batch,
                    std::size_t count, const std::function<void(std::size_t, SqlParams&)>& append) {
  SqlParams params;
  const std::size_t per_batch = static_cast<std::size_t>(rows_per_batch);
  std::size_t next = 0;
  for (; next + per_batch <= count; next += per_batch) {
    params.clear();
    for (std::size_t i = next; i < next + per_batch; ++i) append(i, params);
    if (Result<std::int64_t> done = tx.Exec(batch, params); !done.ok()) return done.status();
  }
  for (; next < count; ++next) {
    params.clear();
    append(next, params);
    if (Result<std::int64_t> done = tx.Exec(one, params); !done.ok()) return done.status();
  }
  return Status::Ok();
}

Result<ApplyCounts> ApplyBatch(Connection& tx, const EntityTable& table, std::vector<BatchRow> rows,
                               const ChangeSource& source) {
  const std::vector<ColumnSpec>& columns = table.columns();
  const std::size_t width = columns.size();
  // One state per distinct key, in first-seen order; row_state[r] is the state of rows[r] (one map look-up per row).
  std::unordered_map<std::string_view, std::size_t> index;
  index.reserve(rows.size());
  std::vector<KeyState> states;
  states.reserve(rows.size());
  std::vector<std::size_t> row_state;
  row_state.reserve(rows.size());
  for (const BatchRow& row : rows) {
    if (row.cells.size() != width) {
      return domain::Internal("batch row for " + std::string(RegistryEntityCode(table.entity())) + " has " +
                              std::to_string(row.cells.size()) + " cells, the table has " + std::to_string(width));
    }
    auto [it, added] = index.try_emplace(row.key, states.size());
    if (added) {
      states.push_back(KeyState{.key = row.key});
      states.back().values.assign(width, nullptr);
    }
    row_state.push_back(it->second);
  }
  if (Status loaded = LoadStored(tx, table, index, states); !loaded.ok()) return loaded;

  ApplyCounts counts;
  std::vector<HistoryRow> history;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    BatchRow& row = rows[r];
    KeyState& state = states[row_state[r]];
    const bool first_insert = state.id == 0 && !state.seen;
    state.seen = true;
    bool row_changed = false;
    for (std::size_t c = 0; c < width; ++c) {
      CellPatch& cell = row.cells[c];
      if (cell.op == CellPatch::Op::kKeep) continue;
      if (cell.op == CellPatch::Op::kClear) cell.value = nullptr;
      if (state.values[c] == cell.value) continue;
      row_changed = true;
      if (state.id != 0 && columns[c].history) {
        history.push_back({state.id, columns[c].name, HistoryText(state.values[c]), HistoryText(cell.value)});
      }
      state.values[c] = std::move(cell.value);  // the row is not read again
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

  const domain::UnixSeconds now = ChangeTime(source);
  std::vector<KeyState*> inserts;
  std::vector<KeyState*> updates;
  for (KeyState& state : states) {
    if (state.id == 0) {
      inserts.push_back(&state);
    } else if (state.changed) {
      updates.push_back(&state);
    }
  }
  // New keys go in in key order: each index insert then lands next to the previous one, so a batch touches each
  // index page once instead of jumping across the whole key index (row ids are internal; file order is not kept).
  std::sort(inserts.begin(), inserts.end(), [](const KeyState* a, const KeyState* b) { return a->key < b->key; });
  auto insert_row = [&](std::size_t i, SqlParams& params) {
    params.emplace_back(std::string(inserts[i]->key));
    params.emplace_back(source.job_id);
    params.emplace_back(now);
    params.emplace_back(now);
    // Each state is inserted once: its values can be moved.
    for (SqlParam& value : inserts[i]->values) params.push_back(std::move(value));
  };
  Result<bool> copied = inserts.empty() ? Result<bool>(true) : tx.CopyIn(table.copy_target(), inserts.size(), insert_row);
  if (!copied.ok()) return copied.status();
  if (!*copied) {
    Status inserted = ExecInChunks(tx, table.insert_one(), table.insert_batch(), kRowsPerInsert, inserts.size(),
                                   insert_row);
    if (!inserted.ok()) return inserted;
  }
  SqlParams params;
  for (KeyState* state : updates) {
    params.assign(std::make_move_iterator(state->values.begin()), std::make_move_iterator(state->values.end()));
    params.emplace_back(now);
    params.emplace_back(state->id);
    if (Result<std::int64_t> done = tx.Exec(table.update_by_id(), params); !done.ok()) return done.status();
  }
  const std::string entity = RegistryEntityCode(table.entity());
  Status recorded = ExecInChunks(tx, InsertHistoryOne(), InsertHistoryBatch(), kRowsPerInsert, history.size(),
                                 [&](std::size_t i, SqlParams& out) {
                                   const HistoryRow& change = history[i];
                                   out.emplace_back(entity);
                                   out.emplace_back(change.entity_id);
                                   out.emplace_back(std::string(change.field));
                                   out.push_back(change.old_value);
                                   out.push_back(change.new_value);
                                   out.emplace_back(source.job_id);
                                   out.emplace_back(source.user_id);
                                   out.emplace_back(now);
                                 });
  if (!recorded.ok()) return recorded;
  counts.history_rows = static_cast<std::int64_t>(history.size());
  return counts;
}

}  // namespace tepat::store::sql
