#include "synth/csv_table.hpp"

#include <gtest/gtest.h>

#include "synth/csv_output.hpp"

namespace tepat::synth {
namespace {

TEST(CsvTableTest, ParsesQuotesBomAndCrlf) {
  auto t = ParseCsvTable("\xEF\xBB\xBF" "code,name\r\n1,\"Lubuk Pakam I,II\"\r\n\r\n2,\"say \"\"hi\"\"\"\n", "x.csv");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->header, (std::vector<std::string>{"code", "name"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0][1], "Lubuk Pakam I,II");
  EXPECT_EQ(t->rows[1][1], "say \"hi\"");
  EXPECT_EQ(t->Column("name"), 1u);
  EXPECT_EQ(t->Column("nope"), std::string::npos);
}

TEST(CsvTableTest, BadRowsNameTheLine) {
  auto wrong = ParseCsvTable("a,b\n1,2\n3\n", "x.csv");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("x.csv line 3"), std::string::npos) << wrong.status().message();
  auto open = ParseCsvTable("a,b\n1,\"2\n", "y.csv");
  ASSERT_FALSE(open.ok());
  EXPECT_NE(open.status().message().find("quote"), std::string::npos);
}

TEST(CsvRowTest, QuotesOnlyWhenNeeded) {
  std::string out;
  CsvRow(out).Text("Agus").Text("Agus, S.Pd").Upper("jl. x").Padded(3, 3).Id("DK", 12, 5).Number(-4).Text("a\"b").End();
  EXPECT_EQ(out, "Agus,\"Agus, S.Pd\",JL. X,003,DK00012,-4,\"a\"\"b\"\n");
  auto back = ParseCsvTable("a,b,c,d,e,f,g\n" + out, "z.csv");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->rows[0][1], "Agus, S.Pd");
}

}  // namespace
}  // namespace tepat::synth
