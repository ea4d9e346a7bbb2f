#include "store/text_row_page.hpp"

#include <gtest/gtest.h>

#include <utility>

namespace tepat::store {
namespace {

TEST(TextRowPageTest, KeepsCellsRowByRowIncludingEmptyOnes) {
  TextRowPage page(3);
  for (const char* cell : {"1", "SITI", "", "2", "", "3510012001"}) page.Append(cell);
  page.Append("3");  // a row not yet complete does not count
  EXPECT_EQ(page.columns(), 3u);
  EXPECT_EQ(page.rows(), 2u);
  EXPECT_EQ(page.Cell(0, 0), "1");
  EXPECT_EQ(page.Cell(0, 1), "SITI");
  EXPECT_EQ(page.Cell(0, 2), "");
  EXPECT_EQ(page.Cell(1, 1), "");
  EXPECT_EQ(page.Cell(1, 2), "3510012001");
}

TEST(TextRowPageTest, ResetEmptiesAndSwapHandsTheRowsOver) {
  TextRowPage page(2);
  page.Append("a");
  page.Append("b");
  TextRowPage other;
  std::swap(page, other);
  EXPECT_EQ(other.rows(), 1u);
  EXPECT_EQ(other.Cell(0, 1), "b");
  EXPECT_EQ(page.rows(), 0u);
  other.Reset(1);
  EXPECT_EQ(other.rows(), 0u);
  other.Append("c");
  EXPECT_EQ(other.rows(), 1u);
  EXPECT_EQ(other.Cell(0, 0), "c");
}

}  // namespace
}  // namespace tepat::store
