#include "match/record_table.hpp"

#include <gtest/gtest.h>

#include <string>

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
  const std::string long_value(400000, 'x');
  const uint32_t long_id = pool.Intern(long_value);
  for (int i = 0; i < 100000; ++i) pool.Intern("value-" + std::to_string(i));
  EXPECT_EQ(view, "first");
  EXPECT_EQ(pool.Get(long_id), long_value);
  EXPECT_EQ(pool.Get(pool.Find("value-99999")), "value-99999");
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

TEST(RecordTableTest, RefusesRowOfWrongWidth) {
  RecordTable table({"id", "nama"});
  const auto status = table.AddRow({"1"});
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("row 1"), std::string::npos);
  EXPECT_EQ(table.rows(), 0u);
}

}  // namespace
}  // namespace tepat::match
