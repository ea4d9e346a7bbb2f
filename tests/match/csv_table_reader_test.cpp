// The file-mode CSV reader: quotes, separators, trimming, skipped rows.
#include "app/csv_table_reader.hpp"

#include <gtest/gtest.h>

namespace tepat::app {
namespace {

TEST(CsvTableReaderTest, ReadsQuotedAndTrimmedValues) {
  auto csv = ParseCsvTable("\xEF\xBB\xBFid, nama ,alamat\n1, Siti ,\"Jl. Merdeka, No. 5\"\n2,\"Joko \"\"Jek\"\"\",\"a\nb\"\n");
  ASSERT_TRUE(csv.ok()) << csv.status().message();
  const auto& table = csv->table;
  ASSERT_EQ(table.rows(), 2u);
  EXPECT_EQ(table.columns()[1], "nama");
  EXPECT_EQ(table.Value(0, 1), "Siti");
  EXPECT_EQ(table.Value(0, 2), "Jl. Merdeka, No. 5");
  EXPECT_EQ(table.Value(1, 1), "Joko \"Jek\"");
  EXPECT_EQ(table.Value(1, 2), "a\nb");
}

TEST(CsvTableReaderTest, SemicolonSeparatorAndCrLf) {
  auto csv = ParseCsvTable("id;nama\r\n1;Siti\r\n\r\n2;Joko\r\n");
  ASSERT_TRUE(csv.ok());
  ASSERT_EQ(csv->table.rows(), 2u);
  EXPECT_EQ(csv->table.Value(1, 1), "Joko");
}

TEST(CsvTableReaderTest, SkipsRowsOfWrongWidthAndSaysWhere) {
  auto csv = ParseCsvTable("id,nama\n1,Siti\n2\n3,Joko,extra\n4,Ani\n");
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->table.rows(), 2u);
  ASSERT_EQ(csv->skipped.size(), 2u);
  EXPECT_NE(csv->skipped[0].find("line 3"), std::string::npos) << csv->skipped[0];
  EXPECT_NE(csv->skipped[1].find("line 4"), std::string::npos);
}

TEST(CsvTableReaderTest, RefusesBrokenFiles) {
  EXPECT_FALSE(ParseCsvTable("").ok());
  EXPECT_FALSE(ParseCsvTable("id,,nama\n").ok());
  EXPECT_FALSE(ParseCsvTable("id,id\n").ok());
  auto unclosed = ParseCsvTable("id,nama\n1,\"Siti\n");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_NE(unclosed.status().message().find("line 2"), std::string::npos);
}

TEST(CsvTableReaderTest, HeaderOnlyIsAnEmptyTable) {
  auto csv = ParseCsvTable("id,nama\n");
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->table.rows(), 0u);
}

}  // namespace
}  // namespace tepat::app
