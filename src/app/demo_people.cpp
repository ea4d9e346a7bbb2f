#include "app/demo_people.hpp"

#include <array>
#include <cstdio>

namespace tepat::app {
namespace {

constexpr std::array<const char*, 12> kGivenNames = {"AGUS",  "BUDI",   "DEWI",   "EKO",    "FITRI", "GILANG",
                                                     "HENDRA", "INDAH", "JOKO",   "KARTINI", "LESTARI", "MULYADI"};
constexpr std::array<const char*, 8> kFamilyNames = {"PRASETYO", "WIBOWO",  "SANTOSO", "HIDAYAT",
                                                     "NURHAYATI", "SAPUTRA", "WULANDARI", "KURNIAWAN"};
constexpr int kPeopleInBanyuwangi = 72;
constexpr int kPeopleInBandung = 16;

std::string Number(const char* prefix, int serial) {
  char digits[32];  // 16 digits; room for the compiler's worst case of %010d
  std::snprintf(digits, sizeof digits, "%s%010d", prefix, serial);
  return digits;
}

store::PersonUpdate Person(const std::string& nik, const std::string& name, int year, int month, int day,
                           domain::Sex sex, const char* desa, const std::string& kk) {
  store::PersonUpdate person;
  person.nik = nik;
  person.kk = kk;
  person.name = name;
  person.birth_place = store::Patch<std::string>::Set("BANYUWANGI");
  person.birth_date = *domain::CivilDate::FromYmd(year, month, day);
  person.sex = sex;
  person.address = store::Patch<std::string>::Set("DUSUN KRAJAN");
  person.desa = *domain::RegionCode::Parse(desa);
  return person;
}

struct Duplicate {
  store::PersonUpdate original;
  store::PersonUpdate copy;
};

std::vector<Duplicate> Duplicates() {
  const char* desa = "35.10.01.2004";  // Sumberagung: not the desa of the demo registry or the village operator
  std::vector<Duplicate> out;
  out.push_back({Person("3510015203850001", "SITI AMINAH", 1985, 3, 12, domain::Sex::kFemale, desa,
                        Number("351001", 800001)),
                 Person("3510015230850001", "SITI AMINAH", 1985, 3, 12, domain::Sex::kFemale, desa,
                        Number("351001", 800101))});
  out.push_back({Person("3510010906900002", "MUHAMMAD RIZKI RAMADHAN", 1990, 6, 9, domain::Sex::kMale, desa,
                        Number("351001", 800002)),
                 Person("3510017706900099", "MOCHAMAD RIZKI RAMADHAN", 1990, 6, 9, domain::Sex::kMale, desa,
                        Number("351001", 800102))});
  out.push_back({Person("3510010407700003", "BAMBANG SUSILO", 1970, 7, 4, domain::Sex::kMale, desa,
                        Number("351001", 800003)),
                 Person("3510010407700008", "BAMBANG SUSILO", 1970, 4, 7, domain::Sex::kMale, desa,
                        Number("351001", 800103))});
  return out;
}

}  // namespace

std::vector<store::PersonUpdate> DemoPeopleWithDuplicates() {
  std::vector<store::PersonUpdate> people;
  for (int i = 0; i < kPeopleInBanyuwangi + kPeopleInBandung; ++i) {
    const bool bandung = i >= kPeopleInBanyuwangi;
    const std::string name = std::string(kGivenNames[i % kGivenNames.size()]) + " " +
                             kFamilyNames[(i / kGivenNames.size()) % kFamilyNames.size()];
    const char* desa = bandung ? "32.73.01.1001" : (i % 2 == 0 ? "35.10.01.2004" : "35.10.01.2002");
    people.push_back(Person(Number(bandung ? "327301" : "351001", i + 1), name, 1950 + i % 50, 1 + i % 12,
                            1 + (i * 7) % 28, i % 2 == 0 ? domain::Sex::kMale : domain::Sex::kFemale, desa,
                            Number(bandung ? "327301" : "351001", 900000 + i / 4)));
  }
  for (const Duplicate& duplicate : Duplicates()) {
    people.push_back(duplicate.original);
    people.push_back(duplicate.copy);
  }
  return people;
}

std::vector<std::pair<std::string, std::string>> DemoDuplicateNiks() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Duplicate& duplicate : Duplicates()) out.emplace_back(duplicate.original.nik, duplicate.copy.nik);
  return out;
}

}  // namespace tepat::app
