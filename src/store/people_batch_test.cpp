#include "store/people_batch.hpp"

#include <gtest/gtest.h>

namespace tepat::store {
namespace {

PersonUpdate Person() {
  PersonUpdate person;
  person.nik = "3510014403850001";
  person.kk = "3510010101200001";
  person.name = "Siti Aminah";
  person.birth_date = *domain::CivilDate::FromYmd(1985, 3, 4);
  person.sex = domain::Sex::kFemale;
  person.religion = Patch<std::string>::Set("ISLAM");
  person.relation = Patch<domain::FamilyRelation>::Set(domain::FamilyRelation::kHead);
  person.rt = Patch<std::string>::Set("003");
  person.desa = *domain::RegionCode::Parse("35.10.01.2001");
  person.life_status = Patch<domain::LifeStatus>::Set(domain::LifeStatus::kDeceased);
  person.status_date = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2020, 1, 31));
  person.status_source = Patch<std::string>::Clear();
  return person;
}

TEST(PeopleBatchTest, RowsAreInStoredFormWithKeepClearAndSet) {
  namespace col = people_columns;
  PeopleBatch batch = PeopleBatch::Of({Person()});
  PersonUpdate second = Person();
  second.nik = "3510014403850002";
  batch.Add(second);
  ASSERT_EQ(batch.size(), 2u);
  const CellRows& cells = batch.cells();
  ASSERT_EQ(cells.width(), static_cast<std::size_t>(col::kCount));
  EXPECT_EQ(batch.nik(0), "3510014403850001");
  EXPECT_EQ(batch.nik(1), "3510014403850002");
  EXPECT_EQ(cells.text(0, col::kKk), "3510010101200001");
  EXPECT_EQ(cells.text(0, col::kName), "Siti Aminah");
  EXPECT_EQ(cells.text(0, col::kSearchName), "siti aminah");
  EXPECT_EQ(cells.op(0, col::kBirthPlace), CellRows::Op::kKeep);
  EXPECT_EQ(cells.text(0, col::kBirthDate), "1985-03-04");
  EXPECT_EQ(cells.text(0, col::kSex), "P");
  EXPECT_EQ(cells.text(0, col::kReligion), "ISLAM");
  EXPECT_EQ(cells.text(0, col::kRelation), "KEPALA KELUARGA");
  EXPECT_EQ(cells.op(0, col::kAddress), CellRows::Op::kKeep);
  EXPECT_EQ(cells.text(0, col::kRt), "003");
  EXPECT_EQ(cells.op(0, col::kRw), CellRows::Op::kKeep);
  EXPECT_EQ(cells.text(0, col::kDesa), "3510012001");
  EXPECT_EQ(cells.text(0, col::kLifeStatus), "MENINGGAL");
  EXPECT_EQ(cells.text(0, col::kStatusDate), "2020-01-31");
  EXPECT_EQ(cells.op(0, col::kStatusSource), CellRows::Op::kClear);
}

}  // namespace
}  // namespace tepat::store
