#include "match/prepared_records.hpp"

#include <gtest/gtest.h>

#include "match/match_test_util.hpp"

namespace tepat::match {
namespace {

using testing::MakeTable;

const std::vector<std::string> kHeader = {"id", "nama", "lahir", "desa"};

// Every record's RecordValues() row holds the same ids as the fields' `value` columns.
void ExpectRowsFollowColumns(const PreparedRecords& records) {
  for (size_t r = 0; r < records.rows(); ++r) {
    for (size_t f = 0; f < records.field_count(); ++f) {
      EXPECT_EQ(records.RecordValues(r)[f], records.field(f).value[r]) << "record " << r << " field " << f;
    }
  }
}

TEST(PreparedRecordsTest, RecordValuesFollowFieldValuesThroughAppendAndTruncate) {
  const MatchSettings settings = testing::PersonSettings();
  const RecordTable first = MakeTable(kHeader, {{"1", "Siti Aminah", "1980-01-02", "3273011001"},
                                                {"2", "", "1975-05-05", "3273011001"},
                                                {"3", "Joko", "", ""}});
  const RecordTable second = MakeTable(kHeader, {{"4", "Siti Aminah", "1990-12-31", "3204011001"},
                                                 {"5", "Budi Santoso", "1980-01-02", ""}});
  auto prepared = PreparedRecords::Build(settings, {&first});
  ASSERT_TRUE(prepared.ok());
  ExpectRowsFollowColumns(*prepared);
  ASSERT_TRUE(prepared->Append(second).ok());
  ASSERT_EQ(prepared->rows(), 5u);
  ExpectRowsFollowColumns(*prepared);
  EXPECT_EQ(prepared->RecordValues(3)[0], prepared->RecordValues(0)[0]);  // same name, same id
  EXPECT_EQ(prepared->RecordValues(1)[0], StringPool::kEmptyId);         // missing name
  prepared->Truncate(3);
  ASSERT_EQ(prepared->rows(), 3u);
  ExpectRowsFollowColumns(*prepared);
  ASSERT_TRUE(prepared->Append(second).ok());
  ExpectRowsFollowColumns(*prepared);
}

TEST(PreparedRecordsTest, CardsHoldTextLettersAndPhoneticKeyOfShortAndLongValues) {
  const MatchSettings settings = testing::PersonSettings();  // nama: Jaro-Winkler (letters) and phonetic levels
  const std::string long_name = "Raden Mas Bagus Hadi Kusumo Wijoyo Prawiro";  // longer than the inline text
  ASSERT_GT(long_name.size(), ValueCard::kInlineText);
  const RecordTable table = MakeTable(kHeader, {{"1", "Siti Aminah", "1980-01-02", "3273011001"},
                                                {"2", long_name, "1975-05-05", "3273011001"},
                                                {"3", "Sity Aminah", "", ""}});
  auto prepared = PreparedRecords::Build(settings, {&table});
  ASSERT_TRUE(prepared.ok());
  const FieldColumn& nama = prepared->field(0);
  ASSERT_TRUE(nama.keeps_letters);
  for (size_t r = 0; r < prepared->rows(); ++r) {
    const uint32_t id = nama.value[r];
    const std::string_view text = nama.pool.Get(id);
    EXPECT_EQ(nama.Text(id), text);
    EXPECT_EQ(nama.cards[id].size, text.size());
    EXPECT_EQ(nama.cards[id].letters.at_least, CountLetters(text).at_least);
    EXPECT_EQ(nama.cards[id].phonetic, nama.phonetic[id]);
  }
  EXPECT_GT(nama.Text(nama.value[1]).size(), ValueCard::kInlineText);
  EXPECT_EQ(nama.cards[nama.value[0]].phonetic, nama.cards[nama.value[2]].phonetic);  // siti / sity sound alike
}

}  // namespace
}  // namespace tepat::match
