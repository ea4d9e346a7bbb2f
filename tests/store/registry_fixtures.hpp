#pragma once
// Small registry rows for the store suites: people of two households in one desa, DTKS, programs, recipients.
#include <cstdio>
#include <string>
#include <vector>

#include "store/registry_types.hpp"

namespace tepat::store_test {

using store::Patch;

inline const domain::RegionCode& TestDesa() {
  static const domain::RegionCode kDesa = *domain::RegionCode::Parse("35.10.01.2001");
  return kDesa;
}

/// A 16-digit test number with `prefix` (6 digits) and a serial.
inline std::string TestNumber(const char* prefix, int serial) {
  char digits[17];
  std::snprintf(digits, sizeof digits, "%s%010d", prefix, serial);
  return digits;
}

/// Person `i` of household `i / 4` (the first of each household is the head), every optional field set.
inline store::PersonUpdate TestPerson(int i) {
  store::PersonUpdate person;
  person.nik = TestNumber("351001", i + 1);
  person.kk = TestNumber("351001", 900000 + i / 4);
  person.name = "WARGA NOMOR " + std::to_string(i);
  person.birth_place = Patch<std::string>::Set("BANYUWANGI");
  person.birth_date = *domain::CivilDate::FromYmd(1980 + i % 30, 1 + i % 12, 1 + i % 28);
  person.sex = i % 2 == 0 ? domain::Sex::kMale : domain::Sex::kFemale;
  person.religion = Patch<std::string>::Set("ISLAM");
  person.relation = Patch<domain::FamilyRelation>::Set(i % 4 == 0 ? domain::FamilyRelation::kHead
                                                                  : domain::FamilyRelation::kChild);
  person.address = Patch<std::string>::Set("DUSUN KRAJAN");
  person.rt = Patch<std::string>::Set("001");
  person.rw = Patch<std::string>::Set("002");
  person.desa = TestDesa();
  person.life_status = Patch<domain::LifeStatus>::Set(domain::LifeStatus::kAlive);
  return person;
}

inline std::vector<store::PersonUpdate> TestPeople(int count) {
  std::vector<store::PersonUpdate> people;
  for (int i = 0; i < count; ++i) people.push_back(TestPerson(i));
  return people;
}

/// The DTKS row of person `i` in `round` with `decile`.
inline store::DtksUpdate TestDtks(int i, const std::string& round, int decile) {
  const store::PersonUpdate person = TestPerson(i);
  store::DtksUpdate row;
  row.round = round;
  row.kk = person.kk;
  row.nik = person.nik;
  row.name = person.name;
  row.desa = person.desa;
  row.decile = decile;
  return row;
}

inline store::ProgramUpdate TestProgram(const std::string& code) {
  store::ProgramUpdate program;
  program.code = code;
  program.name = "Bantuan Sosial Tunai " + code;
  program.kind = domain::ProgramKind::kBst;
  program.funding = domain::FundingSource::kApbn;
  program.agency = Patch<std::string>::Set("Kementerian Sosial");
  program.region = *domain::RegionCode::Parse("35.10");
  program.starts = *domain::CivilDate::FromYmd(2024, 1, 1);
  program.ends = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2024, 12, 31));
  return program;
}

inline store::RecipientUpdate TestRecipient(int i, const std::string& program, const std::string& period) {
  const store::PersonUpdate person = TestPerson(i);
  store::RecipientUpdate row;
  row.program_code = program;
  row.period = period;
  row.stage = domain::RecipientStage::kRealised;
  row.nik = person.nik;
  row.kk = Patch<std::string>::Set(person.kk);
  row.name = person.name;
  row.desa = person.desa;
  row.amount_rupiah = Patch<std::int64_t>::Set(300000);
  row.received_on = Patch<domain::CivilDate>::Set(*domain::CivilDate::FromYmd(2024, 2, 15));
  return row;
}

}  // namespace tepat::store_test
