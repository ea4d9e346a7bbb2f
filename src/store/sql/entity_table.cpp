#include "store/sql/entity_table.hpp"

#include <utility>

namespace tepat::store::sql {
namespace {

constexpr std::string_view kFrameInsertColumns = "row_key, created_job_id, created_at, updated_at";
constexpr int kFrameInsertParams = 4;
constexpr std::string_view kSkipStoredKeys = " ON CONFLICT (row_key) DO NOTHING";

std::string ColumnList(const std::vector<ColumnSpec>& columns) {
  std::string out;
  for (const ColumnSpec& column : columns) {
    if (!out.empty()) out.append(", ");
    out.append(column.name);
  }
  return out;
}

std::string Placeholders(int count) {
  std::string out = "(";
  for (int i = 0; i < count; ++i) out.append(i == 0 ? "?" : ", ?");
  out.push_back(')');
  return out;
}

std::string InsertText(std::string_view table, const std::vector<ColumnSpec>& columns, int rows) {
  std::string text = "INSERT INTO " + std::string(table) + "(" + std::string(kFrameInsertColumns) + ", " +
                     ColumnList(columns) + ") VALUES ";
  const std::string one = Placeholders(kFrameInsertParams + static_cast<int>(columns.size()));
  for (int i = 0; i < rows; ++i) {
    if (i > 0) text.append(", ");
    text.append(one);
  }
  return text;
}

}  // namespace

EntityTable::EntityTable(RegistryEntity entity, std::string_view table, std::vector<ColumnSpec> columns)
    : entity_(entity), columns_(std::move(columns)) {
  const std::string name(table);
  names_[0] = "select_" + name + "_by_keys";
  texts_[0] = "SELECT id, row_key, " + ColumnList(columns_) + " FROM " + name + " WHERE row_key IN " +
              Placeholders(kKeysPerSelect);
  names_[1] = "insert_" + name;
  texts_[1] = InsertText(table, columns_, 1);
  names_[2] = "insert_" + name + "_batch";
  texts_[2] = InsertText(table, columns_, kRowsPerInsert);
  names_[3] = "update_" + name + "_by_id";
  texts_[3] = "UPDATE " + name + " SET ";
  for (const ColumnSpec& column : columns_) texts_[3].append(std::string(column.name) + " = ?, ");
  texts_[3].append("updated_at = ? WHERE id = ?");
  names_[4] = "insert_new_" + name;
  texts_[4] = texts_[1] + std::string(kSkipStoredKeys);
  names_[5] = "insert_new_" + name + "_batch";
  texts_[5] = texts_[2] + std::string(kSkipStoredKeys);
  names_[6] = "max_id_of_" + name;
  texts_[6] = "SELECT COALESCE(MAX(id), 0) FROM " + name;
  names_[7] = "select_" + name + "_keys_after_id";
  texts_[7] = "SELECT row_key FROM " + name + " WHERE id > ?";
  copy_target_ = name + "(" + std::string(kFrameInsertColumns) + ", " + ColumnList(columns_) + ")";
  select_by_keys_ = {names_[0], texts_[0]};
  insert_one_ = {names_[1], texts_[1]};
  insert_batch_ = {names_[2], texts_[2]};
  update_by_id_ = {names_[3], texts_[3]};
  insert_new_one_ = {names_[4], texts_[4]};
  insert_new_batch_ = {names_[5], texts_[5]};
  max_id_ = {names_[6], texts_[6]};
  select_keys_after_id_ = {names_[7], texts_[7]};
}

}  // namespace tepat::store::sql
