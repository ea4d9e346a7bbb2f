#pragma once
// EntityTable: one registry table described as data (name, columns), from which the store derives every statement
// that the batch apply needs: read the stored rows of a batch by key, insert, update by id.
#include <string>
#include <string_view>
#include <vector>

#include "store/registry_types.hpp"
#include "store/sql/statement.hpp"

namespace tepat::store::sql {

/// Keys bound per "read the stored rows of a batch" query; shorter key lists are padded by repeating a key, so
/// there is one prepared statement per table (500 parameters, far below both engines' limits).
inline constexpr int kKeysPerSelect = 500;
/// Rows per multi-row INSERT (at most about 20 columns each: 5,000 parameters).
inline constexpr int kRowsPerInsert = 250;

/// How a column is stored and read back.
enum class CellType { kText, kInt };

/// One column of a registry table. `history` false for derived columns (e.g. search_name) that never get a
/// history row of their own.
struct ColumnSpec {
  std::string_view name;
  CellType type = CellType::kText;
  bool history = true;
};

/// A registry table with the common frame (id, row_key unique, created_job_id, created_at, updated_at) and its
/// own columns. Immutable after construction; the statements refer to strings it owns, so an EntityTable must
/// outlive every connection that ran them (they are function-local statics).
class EntityTable {
 public:
  EntityTable(RegistryEntity entity, std::string_view table, std::vector<ColumnSpec> columns);
  EntityTable(const EntityTable&) = delete;
  EntityTable& operator=(const EntityTable&) = delete;

  RegistryEntity entity() const { return entity_; }
  const std::vector<ColumnSpec>& columns() const { return columns_; }
  /// "SELECT id, row_key, <columns> FROM t WHERE row_key IN (kKeysPerSelect placeholders)".
  const Statement& select_by_keys() const { return select_by_keys_; }
  /// INSERT of one row: row_key, created_job_id, created_at, updated_at, <columns>.
  const Statement& insert_one() const { return insert_one_; }
  /// The same for kRowsPerInsert rows.
  const Statement& insert_batch() const { return insert_batch_; }
  /// insert_one() that skips a row whose row_key is stored already ("ON CONFLICT (row_key) DO NOTHING").
  const Statement& insert_new_one() const { return insert_new_one_; }
  /// The same for kRowsPerInsert rows.
  const Statement& insert_new_batch() const { return insert_new_batch_; }
  /// "SELECT COALESCE(MAX(id), 0) FROM t": one row, the highest id stored.
  const Statement& max_id() const { return max_id_; }
  /// "SELECT row_key FROM t WHERE id > ?": the keys of the rows stored after a given id.
  const Statement& select_keys_after_id() const { return select_keys_after_id_; }
  /// "t(row_key, created_job_id, created_at, updated_at, <columns>)": the target of a bulk insert (COPY), the
  /// values in the order of insert_one().
  const std::string& copy_target() const { return copy_target_; }
  /// "UPDATE t SET <columns> = ?, updated_at = ? WHERE id = ?".
  const Statement& update_by_id() const { return update_by_id_; }

 private:
  RegistryEntity entity_;
  std::vector<ColumnSpec> columns_;
  std::string names_[8];
  std::string texts_[8];
  std::string copy_target_;
  Statement select_by_keys_;
  Statement insert_one_;
  Statement insert_batch_;
  Statement insert_new_one_;
  Statement insert_new_batch_;
  Statement max_id_;
  Statement select_keys_after_id_;
  Statement update_by_id_;
};

}  // namespace tepat::store::sql
