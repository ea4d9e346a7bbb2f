#include "support/registry_scenario.hpp"

#include <gtest/gtest.h>

#include "store/registry_fixtures.hpp"

namespace tepat::test_support {
namespace {

constexpr int kPeopleInSarongan = 8;
constexpr std::int64_t kFirstJob = 1;
constexpr std::int64_t kSecondJob = 2;
constexpr domain::UnixSeconds kFirstImportAt = 1'700'000'000;
constexpr domain::UnixSeconds kSecondImportAt = 1'700'100'000;

std::int64_t IdOf(store::Store& store, const std::string& nik) {
  auto found = store.FindPersonByNik(nik);
  EXPECT_TRUE(found.ok() && found->has_value());
  return found.ok() && found->has_value() ? (*found)->id : 0;
}

std::int64_t HouseholdIdOf(store::Store& store, const std::string& kk) {
  auto found = store.FindHousehold(kk);
  EXPECT_TRUE(found.ok() && found->has_value());
  return found.ok() && found->has_value() ? (*found)->household.id : 0;
}

}  // namespace

RegistryScenario SeedRegistryScenario(store::Store& store) {
  using store_test::TestPerson;
  RegistryScenario scenario;
  std::vector<store::PersonUpdate> people = store_test::TestPeople(kPeopleInSarongan);
  store::PersonUpdate bandung = TestPerson(0);
  bandung.nik = store_test::TestNumber("327301", 1);
  bandung.kk = store_test::TestNumber("327301", 900000);
  bandung.name = "WARGA BANDUNG";
  bandung.desa = *domain::RegionCode::Parse("32.73.01.1001");
  people.push_back(bandung);
  const store::ChangeSource first{kFirstJob, 0, kFirstImportAt};
  EXPECT_TRUE(store.ApplyPeople(people, first).ok());

  store::PersonUpdate deceased = TestPerson(2);
  deceased.life_status = store::Patch<domain::LifeStatus>::Set(domain::LifeStatus::kDeceased);
  deceased.status_date = store::Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2024, 5, 1));
  deceased.status_source = store::Patch<std::string>::Set("dukcapil");
  EXPECT_TRUE(store.ApplyPeople({deceased}, {kSecondJob, 0, kSecondImportAt}).ok());

  EXPECT_TRUE(store.ApplyDtks({store_test::TestDtks(0, "2023-12", 3), store_test::TestDtks(0, "2024-03", 2),
                               store_test::TestDtks(1, "2024-03", 2)},
                              first)
                  .ok());
  scenario.program_code = "BST-3510-2024";
  EXPECT_TRUE(store.ApplyPrograms({store_test::TestProgram(scenario.program_code)}, first).ok());
  EXPECT_TRUE(store.ApplyRecipients({store_test::TestRecipient(1, scenario.program_code, "2024-01"),
                                     store_test::TestRecipient(1, scenario.program_code, "2024-02")},
                                    first)
                  .ok());

  scenario.head_nik = TestPerson(0).nik;
  scenario.head_id = IdOf(store, scenario.head_nik);
  scenario.receiving_nik = TestPerson(1).nik;
  scenario.deceased_nik = TestPerson(2).nik;
  scenario.deceased_id = IdOf(store, scenario.deceased_nik);
  scenario.other_household_nik = TestPerson(4).nik;
  scenario.household_a_kk = TestPerson(0).kk;
  scenario.household_a_id = HouseholdIdOf(store, scenario.household_a_kk);
  scenario.bandung_nik = bandung.nik;
  scenario.bandung_id = IdOf(store, bandung.nik);
  scenario.bandung_household_id = HouseholdIdOf(store, bandung.kk);
  scenario.unknown_nik = store_test::TestNumber("351001", 777);
  return scenario;
}

}  // namespace tepat::test_support
