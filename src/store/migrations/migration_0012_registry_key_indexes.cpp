// Migration 12: on SQLite, the uniqueness of `row_key` in people and households becomes a named unique index
// (people_row_key_idx, households_row_key_idx) instead of a constraint inside the table, so that the first load of
// an empty registry can drop the key indexes, append rows and build the indexes once by sorting (see
// PeopleBulkLoad). SQLite cannot drop a column constraint, so both tables are rebuilt with the definition migration 3
// gave them less `UNIQUE`: copied into the new table (ids and the AUTOINCREMENT counter kept), the old one dropped
// and the new one renamed. PostgreSQL keeps its constraint (its import path is COPY, not a load without indexes).
#include <string>

#include "store/migrations/migrations.hpp"

namespace tepat::store::migrations {
namespace {

/// Replaces the first `from` in `text` with `to`; `from` must occur.
void ReplaceOnce(std::string& text, std::string_view from, std::string_view to) {
  text.replace(text.find(from), from.size(), to);
}

/// Rebuilds `table` (as migration 3 created it) as `<table>_rebuilt` without the UNIQUE of row_key, then builds
/// `unique_index` on row_key.
std::string RebuildWithoutUniqueKey(const std::string& table, const std::string& unique_index) {
  const std::string_view registry = Migration0003Registry().portable;
  const std::string head = "CREATE TABLE " + table + " (";
  const std::size_t start = registry.find(head);
  std::string create(registry.substr(start, registry.find(");", start) + 2 - start));
  ReplaceOnce(create, head, "CREATE TABLE " + table + "_rebuilt (");
  ReplaceOnce(create, "NOT NULL UNIQUE", "NOT NULL");
  return create + "\nINSERT INTO sqlite_sequence(name, seq) SELECT '" + table + "_rebuilt', seq FROM sqlite_sequence "
         "WHERE name = '" + table + "';\nINSERT INTO " + table + "_rebuilt SELECT * FROM " + table + ";\nDROP TABLE " +
         table + ";\nALTER TABLE " + table + "_rebuilt RENAME TO " + table + ";\nCREATE UNIQUE INDEX " +
         unique_index + " ON " + table + "(row_key);\n";
}

}  // namespace

const Migration& Migration0012RegistryKeyIndexes() {
  static const std::string kSqlite = RebuildWithoutUniqueKey("people", "people_row_key_idx") +
                                     "CREATE INDEX people_kk_idx ON people(kk);\n" +
                                     RebuildWithoutUniqueKey("households", "households_row_key_idx");
  static const Migration kMigration{12, "registry_key_indexes", "", kSqlite, ""};
  return kMigration;
}

}  // namespace tepat::store::migrations
