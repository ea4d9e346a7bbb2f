#include "store/cell_rows.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tepat::store {
namespace {

TEST(CellRowsTest, CellsReadBackRowByRowWithTheirOperation) {
  CellRows rows(3);
  EXPECT_EQ(rows.rows(), 0u);
  rows.Set("3510010101200001");
  rows.Keep();
  rows.Clear();
  EXPECT_EQ(rows.rows(), 1u);
  rows.Set("");
  rows.Set("JL. MAWAR");
  rows.Keep();
  ASSERT_EQ(rows.rows(), 2u);
  EXPECT_EQ(rows.width(), 3u);
  EXPECT_EQ(rows.op(0, 0), CellRows::Op::kSet);
  EXPECT_EQ(rows.text(0, 0), "3510010101200001");
  EXPECT_EQ(rows.op(0, 1), CellRows::Op::kKeep);
  EXPECT_EQ(rows.op(0, 2), CellRows::Op::kClear);
  EXPECT_EQ(rows.text(0, 2), "");
  EXPECT_EQ(rows.op(1, 0), CellRows::Op::kSet) << "an empty text is set, not kept";
  EXPECT_EQ(rows.text(1, 0), "");
  EXPECT_EQ(rows.text(1, 1), "JL. MAWAR");
  EXPECT_EQ(rows.op(1, 2), CellRows::Op::kKeep);
}

TEST(CellRowsTest, TextsSurviveGrowthAndMove) {
  CellRows rows(1);
  for (int i = 0; i < 10000; ++i) rows.Set("value " + std::to_string(i));
  CellRows moved = std::move(rows);
  ASSERT_EQ(moved.rows(), 10000u);
  EXPECT_EQ(moved.text(0, 0), "value 0");
  EXPECT_EQ(moved.text(9999, 0), "value 9999");
}

}  // namespace
}  // namespace tepat::store
