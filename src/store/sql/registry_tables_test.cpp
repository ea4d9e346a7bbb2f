#include "store/sql/registry_tables.hpp"

#include <gtest/gtest.h>

namespace tepat::store::sql {
namespace {

PersonUpdate Member(const std::string& nik, const std::string& kk, const char* desa, bool head) {
  PersonUpdate person;
  person.nik = nik;
  person.kk = kk;
  person.name = "WARGA";
  person.birth_date = *domain::CivilDate::FromYmd(1990, 1, 1);
  person.desa = *domain::RegionCode::Parse(desa);
  if (head) person.relation = Patch<domain::FamilyRelation>::Set(domain::FamilyRelation::kHead);
  return person;
}

TEST(RegistryTablesTest, PeopleBatchColumnsAreThePeopleTableColumns) {
  const std::vector<ColumnSpec>& columns = PeopleTable().columns();
  ASSERT_EQ(columns.size(), static_cast<std::size_t>(people_columns::kCount));
  EXPECT_EQ(columns[people_columns::kNik].name, "nik");
  EXPECT_EQ(columns[people_columns::kSearchName].name, "search_name");
  EXPECT_EQ(columns[people_columns::kRelation].name, "relation");
  EXPECT_EQ(columns[people_columns::kDesa].name, "desa");
  EXPECT_EQ(columns[people_columns::kStatusSource].name, "status_source");
}

TEST(RegistryTablesTest, PersonBatchRowCopiesTheCells) {
  const PeopleBatch batch = PeopleBatch::Of({Member("3510010101900001", "3510010101200001", "35.10.01.2001", true)});
  const BatchRow row = PersonBatchRow(batch, 0);
  EXPECT_EQ(row.key, "3510010101900001");
  ASSERT_EQ(row.cells.size(), static_cast<std::size_t>(people_columns::kCount));
  EXPECT_EQ(row.cells[people_columns::kNik].op, CellPatch::Op::kSet);
  EXPECT_EQ(row.cells[people_columns::kNik].value, SqlParam(std::string("3510010101900001")));
  EXPECT_EQ(row.cells[people_columns::kBirthPlace].op, CellPatch::Op::kKeep);
  EXPECT_EQ(row.cells[people_columns::kRelation].value, SqlParam(std::string("KEPALA KELUARGA")));
}

// One household per KK over every batch of a transaction, in first-seen order: desa from the last row, head from
// the last row that sets the relation to head, none when no row does.
TEST(RegistryTablesTest, HouseholdsOfPeopleSpanTheBatchesOfATransaction) {
  std::vector<PeopleBatch> batches;
  batches.push_back(PeopleBatch::Of({Member("3510010101900001", "3510010101200001", "35.10.01.2001", false),
                                     Member("3510010101900002", "3510010101200002", "35.10.01.2001", true)}));
  batches.push_back(PeopleBatch::Of({Member("3510010101900003", "3510010101200001", "35.10.01.2002", true),
                                     Member("3510010101900004", "3510010101200003", "35.10.01.2001", false)}));
  const std::vector<HouseholdOfPeople> households = HouseholdsOf(batches);
  std::string text;
  for (const HouseholdOfPeople& household : households) {
    text += std::string(household.kk) + " head " + std::string(household.head_nik) + " desa " +
            std::string(household.desa) + "\n";
  }
  EXPECT_EQ(text,
            "3510010101200001 head 3510010101900003 desa 3510012002\n"
            "3510010101200002 head 3510010101900002 desa 3510012001\n"
            "3510010101200003 head  desa 3510012001\n")
      << "KK ...003 has no head row: its stored head is kept";
  ASSERT_EQ(households.size(), 3u);
  const BatchRow row = HouseholdBatchRow(households[2]);
  EXPECT_EQ(row.key, "3510010101200003");
  EXPECT_EQ(row.cells[1].op, CellPatch::Op::kKeep);
  EXPECT_EQ(row.cells[2].value, SqlParam(std::string("3510012001")));
}

}  // namespace
}  // namespace tepat::store::sql
