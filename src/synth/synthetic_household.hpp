#pragma once
// The true (clean) people and households the generator invents, before any dirt is applied.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/person.hpp"
#include "synth/name_pool.hpp"

namespace tepat::synth {

/// HUBUNGAN_KELUARGA as written on a KK: the domain's code, except that a spouse is "ISTRI" or "SUAMI" by sex.
std::string_view RelationLabel(domain::FamilyRelation relation, Sex sex);

/// One true person. Plain value type.
struct SyntheticPerson {
  std::uint64_t person_id = 0;        ///< 1-based, unique in one run; "P" + 9 digits in truth.csv
  std::string name;                   ///< title case, clean
  Sex sex = Sex::kMale;
  domain::FamilyRelation relation = domain::FamilyRelation::kHead;
  domain::CivilDate birth;
  std::uint32_t birth_kabupaten = 0;  ///< index into ReferenceData::kabupaten (TEMPAT_LAHIR)
  std::uint32_t nik_prefix = 0;       ///< kecamatan where the NIK was issued, 6 digits as a number
  std::string nik;                    ///< 16 digits
  int religion = 0;                   ///< index into ReligionLabels(); -1 = not recorded
  domain::LifeStatus status = domain::LifeStatus::kAlive;
  domain::CivilDate status_date;      ///< date of death or move (meaningless when alive)
};

/// One KK with its members (head first) and its welfare position.
struct SyntheticHousehold {
  std::uint64_t household_id = 0;  ///< 1-based, unique in one run
  std::string kk;                  ///< 16 digits
  std::uint32_t kabupaten = 0;     ///< index into ReferenceData::kabupaten
  std::uint32_t village = 0;       ///< index into ReferenceData::villages
  std::string address;             ///< "Jl. Ahmad Yani No. 12"
  int rt = 1;
  int rw = 1;
  int decile = 10;                 ///< national welfare decile 1 (poorest) .. 10
  bool in_dtks = false;
  std::string dtks_round;          ///< PERIODE_DTKS, "YYYY-MM", when in_dtks
  bool dtks_active = true;
  std::vector<SyntheticPerson> members;
};

/// "ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN".
const std::vector<std::string_view>& ReligionLabels();

}  // namespace tepat::synth
