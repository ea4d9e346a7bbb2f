#include "match/record_table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tepat::match {
namespace {

TEST(StringPoolTest, InternsEqualStringsOnce) {
  StringPool pool;
  EXPECT_EQ(pool.Intern(""), StringPool::kEmptyId);
  const uint32_t a = pool.Intern("siti");
  EXPECT_EQ(pool.Intern(std::string("si") + "ti"), a);
  EXPECT_NE(pool.Intern("sri"), a);
  EXPECT_EQ(pool.Get(a), "siti");
  EXPECT_EQ(pool.Find("sri"), 2u);
  EXPECT_EQ(pool.Find("joko"), StringPool::kNotFound);
  EXPECT_EQ(pool.size(), 3u);
}

TEST(StringPoolTest, ViewsSurviveGrowthAndLongValues) {
  StringPool pool;
  const uint32_t first = pool.Intern("first");
  const std::string_view view = pool.Get(first);
  // Larger than the block in use (it starts small), and larger than any block (it gets one of its own).
  const std::string medium_value(400000, 'm');
  const uint32_t medium_id = pool.Intern(medium_value);
  const std::string long_value(3 << 20, 'x');
  const uint32_t long_id = pool.Intern(long_value);
  for (int i = 0; i < 1000000; ++i) pool.Intern("value-" + std::to_string(i));
  EXPECT_EQ(view, "first");
  EXPECT_EQ(pool.Get(medium_id), medium_value);
  EXPECT_EQ(pool.Get(long_id), long_value);
  EXPECT_EQ(pool.Get(pool.Find("value-99999")), "value-99999");
  EXPECT_EQ(pool.Get(pool.Find("value-999999")), "value-999999");
}

TEST(StringPoolTest, AppendedStringsAreStoredButNeverLookedUp) {
  StringPool pool;
  EXPECT_EQ(pool.Append(""), StringPool::kEmptyId);
  const uint32_t appended = pool.Append("3510014506900002");
  EXPECT_EQ(pool.Get(appended), "3510014506900002");
  EXPECT_EQ(pool.Find("3510014506900002"), StringPool::kNotFound);
  const uint32_t interned = pool.Intern("3510014506900002");
  EXPECT_NE(interned, appended);
  EXPECT_EQ(pool.Append("3510014506900002"), interned + 1);  // a second append is a new id too
  // Growth of the index (rehashing) keeps appended ids out of it and interned ones in it.
  for (int i = 0; i < 50000; ++i) {
    pool.Append("record-" + std::to_string(i));
    pool.Intern("name-" + std::to_string(i));
  }
  EXPECT_EQ(pool.Find("record-49999"), StringPool::kNotFound);
  EXPECT_EQ(pool.Get(pool.Find("name-49999")), "name-49999");
  EXPECT_EQ(pool.Find("3510014506900002"), interned);
  EXPECT_EQ(pool.Get(appended), "3510014506900002");
}

TEST(StringPoolTest, CopiesKeepIndexingWithoutHashingAgain) {
  StringPool source;
  const uint32_t siti = source.Intern("siti");
  const uint32_t nik = source.Append("3510014506900002");
  for (int i = 0; i < 5000; ++i) source.Intern("value-" + std::to_string(i));  // the copy must grow its index
  StringPool copy;
  EXPECT_EQ(copy.CopyFrom(source, StringPool::kEmptyId), StringPool::kEmptyId);
  const uint32_t copied_nik = copy.CopyFrom(source, nik);
  const uint32_t copied_siti = copy.CopyFrom(source, siti);
  for (uint32_t id = nik + 1; id < source.size(); ++id) (void)copy.CopyFrom(source, id);
  EXPECT_EQ(copy.Get(copied_siti), "siti");
  EXPECT_EQ(copy.Find("siti"), copied_siti);                   // indexed there, indexed here
  EXPECT_EQ(copy.Intern("siti"), copied_siti);
  EXPECT_EQ(copy.Get(copied_nik), "3510014506900002");
  EXPECT_EQ(copy.Find("3510014506900002"), StringPool::kNotFound);  // appended there, appended here
  EXPECT_EQ(copy.Get(copy.Find("value-4999")), "value-4999");
  EXPECT_EQ(copy.size(), source.size());
}

TEST(RecordTableTest, HeadCopiesTheFirstRowsWithTheStringsTheyUse) {
  RecordTable table({"id", "nama", "desa"}, {0});
  ASSERT_TRUE(table.AddRow({"1", "Siti", "3510012001"}).ok());
  ASSERT_TRUE(table.AddRow({"2", "Joko", "3510012001"}).ok());
  ASSERT_TRUE(table.AddRow({"3", "Sri", "3510012002"}).ok());
  const RecordTable head = table.Head(2);
  EXPECT_EQ(head.rows(), 2u);
  EXPECT_EQ(head.columns(), table.columns());
  EXPECT_EQ(head.unique_columns(), table.unique_columns());
  for (size_t row = 0; row < 2; ++row) {
    for (size_t column = 0; column < 3; ++column) EXPECT_EQ(head.Value(row, column), table.Value(row, column));
  }
  EXPECT_EQ(head.CellId(0, 2), head.CellId(1, 2));  // equal cells stay equal
  EXPECT_EQ(head.pool().Find("Sri"), StringPool::kNotFound);  // not used by the first two rows
  EXPECT_EQ(head.pool().size(), 6u);  // "", 1, Siti, 3510012001, 2, Joko
  EXPECT_EQ(table.Head(10).rows(), 3u);
}

TEST(RecordTableTest, UniqueColumnsKeepValuesWithoutSharingIds) {
  RecordTable table({"id", "nama"}, {0});
  ASSERT_TRUE(table.AddRow({"7", "Siti"}).ok());
  ASSERT_TRUE(table.AddRow({"7", "Siti"}).ok());
  EXPECT_EQ(table.Value(1, 0), "7");
  EXPECT_NE(table.CellId(0, 0), table.CellId(1, 0));  // unique column: not looked up
  EXPECT_EQ(table.CellId(0, 1), table.CellId(1, 1));  // other columns still shared
  EXPECT_EQ(table.unique_columns(), std::vector<size_t>{0});
}

TEST(RecordTableTest, StoresRowsByColumn) {
  RecordTable table({"id", "nama"});
  ASSERT_TRUE(table.AddRow({"1", "Siti"}).ok());
  ASSERT_TRUE(table.AddRow({"2", "Siti"}).ok());
  EXPECT_EQ(table.rows(), 2u);
  EXPECT_EQ(table.Value(1, 1), "Siti");
  EXPECT_EQ(table.CellId(0, 1), table.CellId(1, 1));
  EXPECT_EQ(table.ColumnIndex("nama"), 1u);
  EXPECT_FALSE(table.ColumnIndex("nik").has_value());
}

TEST(StringPoolTest, InternAllGivesTheIdsOfInternOneByOne) {
  // Repeats, empty texts and enough new strings to grow the slot table in the middle of a batch.
  std::vector<std::string> texts;
  for (int i = 0; i < 50000; ++i) {
    texts.push_back(i % 7 == 0 ? std::string() : "v" + std::to_string(i % 3000 == 1 ? 1 : i * 7919 % 20011));
  }
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  StringPool one_by_one;
  StringPool batched;
  (void)one_by_one.Intern("before");
  (void)batched.Intern("before");
  std::vector<uint32_t> ids(views.size());
  batched.InternAll(views, ids);
  for (size_t i = 0; i < views.size(); ++i) {
    ASSERT_EQ(ids[i], one_by_one.Intern(views[i])) << i;
    EXPECT_EQ(batched.Get(ids[i]), views[i]);
  }
  EXPECT_EQ(batched.size(), one_by_one.size());
  EXPECT_EQ(batched.Find("before"), 1u);
}

TEST(RecordTableTest, AddRowsHoldsTheCellsOfAddRowOneByOne) {
  const std::vector<std::string> columns = {"ID", "NAME", "CITY"};
  RecordTable by_row(columns, {0});
  RecordTable batched(columns, {0});
  std::vector<std::string> storage;
  for (int i = 0; i < 3000; ++i) {
    storage.push_back("id" + std::to_string(i));
    storage.push_back(i % 5 == 0 ? "" : "NAME " + std::to_string(i % 400));
    storage.push_back(i % 2 == 0 ? "BANDUNG" : "MALANG");
  }
  const std::vector<std::string_view> cells(storage.begin(), storage.end());
  for (size_t row = 0; row < cells.size() / 3; ++row) {
    ASSERT_TRUE(by_row.AddRow(std::span<const std::string_view>(cells).subspan(row * 3, 3)).ok());
  }
  ASSERT_TRUE(batched.AddRows(std::span<const std::string_view>(cells).first(300)).ok());
  ASSERT_TRUE(batched.AddRows(std::span<const std::string_view>(cells).subspan(300)).ok());
  ASSERT_EQ(batched.rows(), by_row.rows());
  for (size_t row = 0; row < by_row.rows(); ++row) {
    for (size_t c = 0; c < columns.size(); ++c) ASSERT_EQ(batched.Value(row, c), by_row.Value(row, c));
    // Equal cells share ids in both (ids themselves may be numbered in another order).
    EXPECT_EQ(batched.CellId(row, 2) == batched.CellId(0, 2), by_row.CellId(row, 2) == by_row.CellId(0, 2));
  }
  const size_t rows_before = batched.rows();
  EXPECT_EQ(batched.AddRows(std::span<const std::string_view>(cells).first(4)).code(),
            domain::ErrorCode::kInvalidArgument);
  EXPECT_EQ(batched.rows(), rows_before);
}

TEST(RecordTableTest, RefusesRowOfWrongWidth) {
  RecordTable table({"id", "nama"});
  const auto status = table.AddRow({"1"});
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("row 1"), std::string::npos);
  EXPECT_EQ(table.rows(), 0u);
}

}  // namespace
}  // namespace tepat::match
