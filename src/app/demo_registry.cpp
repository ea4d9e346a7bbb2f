#include "app/demo_registry.hpp"

#include <vector>

namespace tepat::app {
namespace {

using store::Patch;

struct DemoPerson {
  const char* nik;
  const char* kk;
  const char* name;
  int year, month, day;
  domain::Sex sex;
  domain::FamilyRelation relation;
  const char* desa;
  const char* address;
};

using domain::FamilyRelation;
using domain::Sex;

const std::vector<DemoPerson>& DemoPeople() {
  static const std::vector<DemoPerson> kPeople = {
      {kDemoHeadNik, "3510010101200001", "BUDI SANTOSO", 1985, 3, 12, Sex::kMale, FamilyRelation::kHead,
       "35.10.01.2001", "DUSUN KRAJAN"},
      {"3510014507880002", "3510010101200001", "SRI WAHYUNI", 1988, 7, 5, Sex::kFemale, FamilyRelation::kSpouse,
       "35.10.01.2001", "DUSUN KRAJAN"},
      {"3510012001100003", "3510010101200001", "ADI SANTOSO", 2010, 1, 20, Sex::kMale, FamilyRelation::kChild,
       "35.10.01.2001", "DUSUN KRAJAN"},
      {"3510014202400004", "3510010101200001", "SUMIATI", 1940, 2, 2, Sex::kFemale, FamilyRelation::kParent,
       "35.10.01.2001", "DUSUN KRAJAN"},
      {"3510015708750005", "3510010101200002", "SITI AMINAH", 1975, 8, 17, Sex::kFemale, FamilyRelation::kHead,
       "35.10.01.2001", "DUSUN PONDOKASEM"},
      {"3510013011050006", "3510010101200002", "MUHAMMAD RIZKI", 2005, 11, 30, Sex::kMale, FamilyRelation::kChild,
       "35.10.01.2001", "DUSUN PONDOKASEM"},
      {"3510022304790001", "3510020101200003", "AGUS SETIAWAN", 1979, 4, 23, Sex::kMale, FamilyRelation::kHead,
       "35.10.02.2001", "DUSUN SUKOREJO"},
      {"3273011506800001", "3273010101200004", "DEDI KURNIAWAN", 1980, 6, 15, Sex::kMale, FamilyRelation::kHead,
       "32.73.01.1001", "JL. SUKARASA"},
  };
  return kPeople;
}

constexpr std::size_t kDeceasedIndex = 3;  // SUMIATI

store::PersonUpdate ToUpdate(const DemoPerson& p) {
  store::PersonUpdate u;
  u.nik = p.nik;
  u.kk = p.kk;
  u.name = p.name;
  u.birth_place = Patch<std::string>::Set("BANYUWANGI");
  u.birth_date = *domain::CivilDate::FromYmd(p.year, p.month, p.day);
  u.sex = p.sex;
  u.relation = Patch<FamilyRelation>::Set(p.relation);
  u.address = Patch<std::string>::Set(p.address);
  u.rt = Patch<std::string>::Set("001");
  u.rw = Patch<std::string>::Set("003");
  u.desa = *domain::RegionCode::Parse(p.desa);
  u.life_status = Patch<domain::LifeStatus>::Set(domain::LifeStatus::kAlive);
  return u;
}

store::DtksUpdate Dtks(const char* round, const DemoPerson& p, bool household_level, int decile) {
  store::DtksUpdate row;
  row.round = round;
  row.kk = p.kk;
  if (!household_level) row.nik = p.nik;
  row.name = p.name;
  row.desa = *domain::RegionCode::Parse(p.desa);
  row.decile = decile;
  return row;
}

store::ProgramUpdate Program(const char* code, const char* name, domain::ProgramKind kind,
                             domain::FundingSource funding, const char* agency, const char* region) {
  store::ProgramUpdate program;
  program.code = code;
  program.name = name;
  program.kind = kind;
  program.funding = funding;
  program.agency = Patch<std::string>::Set(agency);
  program.region = *domain::RegionCode::Parse(region);
  program.starts = *domain::CivilDate::FromYmd(2025, 1, 1);
  program.ends = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2025, 12, 31));
  return program;
}

store::RecipientUpdate Aid(const char* program, const char* period, const DemoPerson& p, std::int64_t rupiah,
                           int month) {
  store::RecipientUpdate row;
  row.program_code = program;
  row.period = period;
  row.stage = domain::RecipientStage::kRealised;
  row.nik = p.nik;
  row.kk = Patch<std::string>::Set(p.kk);
  row.name = p.name;
  row.desa = *domain::RegionCode::Parse(p.desa);
  row.amount_rupiah = Patch<std::int64_t>::Set(rupiah);
  row.received_on = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2025, month, 15));
  return row;
}

}  // namespace

domain::Status EnsureDemoRegistry(service::Services& services) {
  store::Store& store = services.store();
  auto existing = store.FindPersonByNik(kDemoHeadNik);
  if (!existing.ok()) return existing.status();
  if (existing.value()) return domain::Status::Ok();

  const std::vector<DemoPerson>& people = DemoPeople();
  const store::ChangeSource source{0, 0, services.clock().Now()};
  std::vector<store::PersonUpdate> rows;
  for (const DemoPerson& person : people) rows.push_back(ToUpdate(person));
  if (auto applied = store.ApplyPeople(rows, source); !applied.ok()) return applied.status();

  store::PersonUpdate deceased = ToUpdate(people[kDeceasedIndex]);
  deceased.life_status = Patch<domain::LifeStatus>::Set(domain::LifeStatus::kDeceased);
  deceased.status_date = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2025, 6, 10));
  deceased.status_source = Patch<std::string>::Set("dukcapil");
  if (auto applied = store.ApplyPeople({deceased}, source); !applied.ok()) return applied.status();

  const std::vector<store::DtksUpdate> dtks = {
      Dtks("2024-12", people[0], true, 3),  Dtks("2025-03", people[0], true, 2), Dtks("2025-03", people[0], false, 2),
      Dtks("2025-03", people[1], false, 2), Dtks("2025-03", people[4], true, 1), Dtks("2025-03", people[4], false, 1),
  };
  if (auto applied = store.ApplyDtks(dtks, source); !applied.ok()) return applied.status();

  const std::vector<store::ProgramUpdate> programs = {
      Program("BST-3510-2025", "Bantuan Sosial Tunai", domain::ProgramKind::kBst, domain::FundingSource::kApbn,
              "Kementerian Sosial", "35.10"),
      Program("BLTDD-3510012001-2025", "BLT Dana Desa Sarongan", domain::ProgramKind::kBltDanaDesa,
              domain::FundingSource::kDanaDesa, "Pemerintah Desa Sarongan", "35.10.01.2001"),
  };
  if (auto applied = store.ApplyPrograms(programs, source); !applied.ok()) return applied.status();

  const std::vector<store::RecipientUpdate> aid = {
      Aid("BST-3510-2025", "2025-01", people[1], 300000, 1),
      Aid("BST-3510-2025", "2025-02", people[1], 300000, 2),
      Aid("BLTDD-3510012001-2025", "2025-03", people[4], 300000, 3),
  };
  if (auto applied = store.ApplyRecipients(aid, source); !applied.ok()) return applied.status();
  return domain::Status::Ok();
}

}  // namespace tepat::app
