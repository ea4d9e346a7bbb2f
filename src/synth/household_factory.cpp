#include "synth/household_factory.hpp"

#include <algorithm>

#include "synth/identity_number.hpp"

namespace tepat::synth {
namespace {

// Ages of the head of a household of two or more: 5-year bands from 20 with their weights.
constexpr int kHeadAgeBandStart = 20;
constexpr int kAgeBandWidth = 5;
const std::vector<double> kHeadAgeBandWeights = {4, 8, 11, 12, 12, 11, 10, 9, 8, 6, 4, 3, 1.5, 0.5};
// One-person households: an elderly widow(er) or a young/middle-aged adult.
constexpr double kSingleElderlyShare = 0.55;
constexpr int kElderlyMinAge = 60;
constexpr int kElderlyMaxAge = 90;
constexpr double kElderlyFemaleShare = 0.65;
constexpr int kSingleAdultMinAge = 20;
constexpr int kSingleAdultMaxAge = 59;
constexpr double kSingleAdultMaleShare = 0.7;
// Couples and single parents.
constexpr double kSingleParentShare = 0.10;
constexpr double kSingleParentFemaleShare = 0.75;
constexpr double kFemaleHeadWithHusbandShare = 0.03;
constexpr int kSpouseYoungerMin = -2;  // wife up to 2 years older
constexpr int kSpouseYoungerMax = 8;
constexpr int kMinAdultAge = 18;
constexpr int kFatherOlderThanMother = 3;  // assumed when a single father heads the household
// A parent or parent-in-law of the head living in.
constexpr double kLivingParentShare = 0.15;
constexpr int kLivingParentMaxHeadAge = 55;
constexpr double kParentInLawShare = 0.4;
constexpr int kParentGapMin = 20;
constexpr int kParentGapMax = 32;
constexpr int kMaxAge = 95;
constexpr double kParentFemaleShare = 0.7;
// Elderly heads living with an adult child, a child-in-law and grandchildren.
constexpr int kElderlyHeadAge = 60;
constexpr double kThreeGenerationShare = 0.6;
constexpr int kAdultChildGapMin = 20;
constexpr int kAdultChildGapMax = 35;
constexpr int kInLawAgeSpread = 3;
// Children: mother's age at the first birth, spacing, and older children having left home.
constexpr int kFirstBirthMin = 18;
constexpr int kFirstBirthMax = 30;
constexpr int kBirthSpacingMin = 1;
constexpr int kBirthSpacingMax = 5;
constexpr int kOldestChildAtHomeMax = 30;
constexpr int kOldestChildAtHomeFallbackMin = 15;
constexpr int kYearsPerExtraChild = 2;
constexpr double kMaleBirthShare = 0.51;
constexpr double kOtherRelativeShare = 0.1;  // households of 6+: one member is another relative
constexpr int kOtherRelativeMinSize = 6;
constexpr int kOtherRelativeMinAge = 5;
constexpr int kOtherRelativeMaxAge = 70;
// Birth places: home kabupaten, elsewhere in the province, elsewhere in Indonesia.
constexpr double kAdultBornHomeShare = 0.85;
constexpr double kAdultBornInProvinceShare = 0.10;
constexpr double kChildBornHomeShare = 0.95;
constexpr double kNikFromBirthPlaceShare = 0.4;  // migrants whose NIK was issued where they were born
// Religions (national shares, per household): ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN.
const std::vector<double> kReligionWeights = {87.0, 7.4, 3.1, 1.7, 0.7, 0.05, 0.05};
constexpr double kReligionMissingShare = 0.02;
// KK issue dates.
constexpr domain::CivilDate kEarliestKkDate{2005, 1, 1};
constexpr int kKkMinHeadAge = 17;
// Addresses.
constexpr int kMaxHouseNumber = 150;
constexpr int kMinRw = 3;
constexpr int kRwSpread = 10;
constexpr int kMinRtPerRw = 2;
constexpr int kRtSpread = 8;
constexpr int kRtMixShift = 8;  // RT count uses other bits of the village's hash than the RW count
// DTKS: chance of a household of decile 1..10 to be in DTKS when the wanted share is kReferenceDtksShare.
const std::vector<double> kDtksChanceByDecile = {0.95, 0.85, 0.70, 0.55, 0.35, 0.25, 0.15, 0.10, 0.06, 0.04};
constexpr double kReferenceDtksShare = 0.40;
constexpr int kDeciles = 10;
const std::vector<std::string> kDtksRounds = {"2023-03", "2023-06", "2023-09", "2023-12",
                                              "2024-03", "2024-06", "2024-09", "2024-12"};
constexpr double kDtksActiveShare = 0.97;
// Deaths and moves by age: relative weights, divided by their population mean so that the per-person rate holds.
constexpr double kDeathWeightYoung = 0.2;    // under 40
constexpr double kDeathWeightMiddle = 0.8;   // 40-59
constexpr double kDeathWeightOld = 3.0;      // 60-74
constexpr double kDeathWeightOldest = 7.0;   // 75+
constexpr double kMeanDeathWeight = 0.81;    // mean of DeathWeight over generated populations
constexpr double kMoveWeightMobile = 2.0;    // 18-40
constexpr double kMoveWeightOther = 0.5;
constexpr double kMeanMoveWeight = 1.05;     // mean of MoveWeight over generated populations
constexpr std::int64_t kDaysPerYear = 365;
constexpr std::int64_t kLeapEvery = 4;

double DeathWeight(int age) {
  if (age < 40) return kDeathWeightYoung;
  if (age < 60) return kDeathWeightMiddle;
  if (age < 75) return kDeathWeightOld;
  return kDeathWeightOldest;
}

double MoveWeight(int age) { return age >= 18 && age <= 40 ? kMoveWeightMobile : kMoveWeightOther; }

Sex Opposite(Sex s) { return s == Sex::kMale ? Sex::kFemale : Sex::kMale; }

std::string_view LastToken(const std::string& name) {
  const auto space = name.rfind(' ');
  return space == std::string::npos ? std::string_view{} : std::string_view(name).substr(space + 1);
}

WeightedChoice PlaceChoice(const ReferenceData& ref, const std::string& province, std::vector<std::uint32_t>& index) {
  std::vector<double> weights;
  for (std::uint32_t k = 0; k < ref.kabupaten.size(); ++k) {
    if (ref.kabupaten[k].population == 0) continue;
    if (!province.empty() && ref.kabupaten[k].province_code != province) continue;
    index.push_back(k);
    weights.push_back(static_cast<double>(ref.kabupaten[k].population));
  }
  return WeightedChoice(weights);
}

}  // namespace

HouseholdFactory::HouseholdFactory(const ReferenceData& ref, const NamePool& names, const RegionPlan& plan,
                                   const DirtRates& rates, double dtks_share)
    : ref_(ref),
      names_(names),
      rates_(rates),
      dtks_share_(dtks_share),
      size_choice_(std::vector<double>(std::begin(kHouseholdSizeShares), std::end(kHouseholdSizeShares))),
      head_age_choice_(kHeadAgeBandWeights),
      religion_choice_(kReligionWeights),
      national_place_index_(),
      province_place_index_(),
      national_places_(PlaceChoice(ref, "", national_place_index_)),
      province_places_(PlaceChoice(ref, plan.province_code, province_place_index_)),
      as_of_days_(kAsOfDate.DaysSinceEpoch()),
      events_from_days_(kEventsFrom.DaysSinceEpoch()) {}

int HouseholdFactory::DrawSize(int max_size, Rng& rng) const {
  int size = static_cast<int>(size_choice_.Pick(rng)) + 1;
  if (size == static_cast<int>(std::size(kHouseholdSizeShares))) size += static_cast<int>(rng.Below(kMaxHouseholdSize - size + 1));
  return std::min(size, max_size);
}

std::uint32_t HouseholdFactory::BirthPlace(std::uint32_t home, bool adult, Rng& rng) const {
  const double u = rng.Unit();
  if (u < (adult ? kAdultBornHomeShare : kChildBornHomeShare)) return home;
  if (u < kAdultBornHomeShare + kAdultBornInProvinceShare && !province_places_.empty()) {
    return province_place_index_[province_places_.Pick(rng)];
  }
  return national_place_index_[national_places_.Pick(rng)];
}

void HouseholdFactory::AssignNik(SyntheticPerson& person) {
  // A full (kecamatan, date) key is astronomically rare; if it happens, the birth date moves by a day.
  while (true) {
    const auto date6 = DatePart(person.birth, person.sex);
    if (auto serial = serials_.Next(SerialKind::kNik, person.nik_prefix, date6)) {
      person.nik = ComposeIdentityNumber(person.nik_prefix, date6, *serial);
      return;
    }
    person.birth = domain::CivilDate::FromDaysSinceEpoch(person.birth.DaysSinceEpoch() - 1);
  }
}

void HouseholdFactory::AssignLifeEvents(SyntheticPerson& person, Rng& rng) const {
  const int age = AgeOn(person.birth, kAsOfDate);
  const double u = rng.Unit();
  const double p_dead = rates_.deceased * DeathWeight(age) / kMeanDeathWeight;
  const double p_moved = rates_.moved * MoveWeight(age) / kMeanMoveWeight;
  if (u < p_dead) {
    person.status = domain::LifeStatus::kDeceased;
  } else if (u < p_dead + p_moved) {
    person.status = domain::LifeStatus::kMoved;
  } else {
    return;
  }
  const std::int64_t from = std::max(events_from_days_, person.birth.DaysSinceEpoch());
  person.status_date = domain::CivilDate::FromDaysSinceEpoch(rng.Between(from, as_of_days_));
}

void HouseholdFactory::AddMember(SyntheticHousehold& hh, domain::FamilyRelation relation, Sex sex, int age, Rng& rng,
                                 std::string_view inherited_last) {
  SyntheticPerson p;
  p.person_id = next_person_++;
  p.relation = relation;
  p.sex = sex;
  age = std::clamp(age, 0, kMaxAge);
  const std::int64_t birth_days =
      as_of_days_ - static_cast<std::int64_t>(age) * kDaysPerYear - age / kLeapEvery - static_cast<std::int64_t>(rng.Below(kDaysPerYear));
  p.birth = domain::CivilDate::FromDaysSinceEpoch(birth_days);
  p.name = names_.Compose(sex, p.birth.year, rng, inherited_last);
  const bool adult = age >= kMinAdultAge;
  p.birth_kabupaten = BirthPlace(hh.kabupaten, adult, rng);
  p.nik_prefix = ref_.kecamatan[ref_.villages[hh.village].kecamatan].nik_prefix;
  if (adult && p.birth_kabupaten != hh.kabupaten && rng.Chance(kNikFromBirthPlaceShare)) {
    const auto& kecs = ref_.kabupaten[p.birth_kabupaten].kecamatan;
    if (!kecs.empty()) p.nik_prefix = ref_.kecamatan[kecs[rng.Below(kecs.size())]].nik_prefix;
  }
  p.religion = hh.members.empty() ? static_cast<int>(religion_choice_.Pick(rng)) : hh.members.front().religion;
  AssignNik(p);
  AssignLifeEvents(p, rng);
  hh.members.push_back(std::move(p));
}

void HouseholdFactory::AddChildren(SyntheticHousehold& hh, domain::FamilyRelation relation, int mother_age, int count, Rng& rng,
                                   std::string_view inherited_last) {
  if (count <= 0) return;
  int oldest = mother_age - static_cast<int>(rng.Between(kFirstBirthMin, kFirstBirthMax));
  if (oldest > kOldestChildAtHomeMax) oldest = static_cast<int>(rng.Between(kOldestChildAtHomeFallbackMin, kOldestChildAtHomeMax));
  int age = std::max(oldest, 0);
  for (int i = 0; i < count; ++i) {
    const Sex sex = rng.Chance(kMaleBirthShare) ? Sex::kMale : Sex::kFemale;
    AddMember(hh, relation, sex, age, rng, inherited_last);
    age = std::max(0, age - static_cast<int>(rng.Between(kBirthSpacingMin, kBirthSpacingMax)));
  }
}

std::string HouseholdFactory::NewKk(std::uint32_t prefix6, const domain::CivilDate& earliest, Rng& rng) {
  const std::int64_t from = std::max(kEarliestKkDate.DaysSinceEpoch(), earliest.DaysSinceEpoch());
  while (true) {
    const domain::CivilDate issued = domain::CivilDate::FromDaysSinceEpoch(rng.Between(std::min(from, as_of_days_), as_of_days_));
    const auto date6 = DatePart(issued, Sex::kMale);
    if (auto serial = serials_.Next(SerialKind::kKk, prefix6, date6)) return ComposeIdentityNumber(prefix6, date6, *serial);
  }
}

std::string HouseholdFactory::ReissueKk(const SyntheticHousehold& household, Rng& rng) {
  const auto prefix6 = ref_.kecamatan[ref_.villages[household.village].kecamatan].nik_prefix;
  return NewKk(prefix6, EarliestKkDate(household), rng);
}

void HouseholdFactory::AssignWelfare(SyntheticHousehold& hh, Rng& rng) const {
  hh.decile = static_cast<int>(rng.Below(kDeciles)) + 1;
  const double chance = kDtksChanceByDecile[static_cast<std::size_t>(hh.decile - 1)] * dtks_share_ / kReferenceDtksShare;
  hh.in_dtks = rng.Chance(chance);
  if (!hh.in_dtks) return;
  hh.dtks_round = kDtksRounds[rng.Below(kDtksRounds.size())];
  hh.dtks_active = rng.Chance(kDtksActiveShare);
}

void HouseholdFactory::AddLoneHead(SyntheticHousehold& hh, Rng& rng) {
  if (rng.Chance(kSingleElderlyShare)) {
    const Sex sex = rng.Chance(kElderlyFemaleShare) ? Sex::kFemale : Sex::kMale;
    AddMember(hh, domain::FamilyRelation::kHead, sex, static_cast<int>(rng.Between(kElderlyMinAge, kElderlyMaxAge)), rng);
    return;
  }
  const Sex sex = rng.Chance(kSingleAdultMaleShare) ? Sex::kMale : Sex::kFemale;
  AddMember(hh, domain::FamilyRelation::kHead, sex, static_cast<int>(rng.Between(kSingleAdultMinAge, kSingleAdultMaxAge)),
            rng);
}

void HouseholdFactory::AddThreeGenerations(SyntheticHousehold& hh, int mother_age, int slots,
                                           std::string_view inherited_last, Rng& rng) {
  // One adult child, that child's spouse when there is room, and grandchildren.
  const int child_age =
      std::max(kMinAdultAge, mother_age - static_cast<int>(rng.Between(kAdultChildGapMin, kAdultChildGapMax)));
  const Sex child_sex = rng.Chance(kMaleBirthShare) ? Sex::kMale : Sex::kFemale;
  AddMember(hh, domain::FamilyRelation::kChild, child_sex, child_age, rng, inherited_last);
  int left = slots - 1;
  int grand_mother_age = child_sex == Sex::kFemale ? child_age : child_age - kFatherOlderThanMother;
  if (left >= 2) {
    const int in_law_age =
        std::max(kMinAdultAge, child_age + static_cast<int>(rng.Between(-kInLawAgeSpread, kInLawAgeSpread)));
    AddMember(hh, domain::FamilyRelation::kChildInLaw, Opposite(child_sex), in_law_age, rng);
    if (child_sex == Sex::kMale) grand_mother_age = in_law_age;
    --left;
  }
  AddChildren(hh, domain::FamilyRelation::kGrandchild, grand_mother_age, left, rng, {});
}

void HouseholdFactory::AddFamily(SyntheticHousehold& hh, int size, Rng& rng) {
  int head_age = kHeadAgeBandStart + kAgeBandWidth * static_cast<int>(head_age_choice_.Pick(rng)) +
                 static_cast<int>(rng.Below(kAgeBandWidth));
  const bool has_spouse = !rng.Chance(kSingleParentShare);
  Sex head_sex = Sex::kMale;
  if (!has_spouse) {
    head_sex = rng.Chance(kSingleParentFemaleShare) ? Sex::kFemale : Sex::kMale;
  } else if (rng.Chance(kFemaleHeadWithHusbandShare)) {
    head_sex = Sex::kFemale;
  }
  const int slots = size - 1 - (has_spouse ? 1 : 0);
  const bool three_generations = head_age >= kElderlyHeadAge && slots >= 1 && rng.Chance(kThreeGenerationShare);
  const bool living_parent =
      !three_generations && slots >= 2 && head_age < kLivingParentMaxHeadAge && rng.Chance(kLivingParentShare);
  const int children = slots - (living_parent ? 1 : 0);
  if (!three_generations) {
    // Old enough to have had this many children.
    head_age = std::max(head_age, kFirstBirthMin + kYearsPerExtraChild * children + kYearsPerExtraChild);
  }
  AddMember(hh, domain::FamilyRelation::kHead, head_sex, head_age, rng);
  const std::string head_last(LastToken(hh.members.front().name));
  const std::string_view inherited =
      head_sex == Sex::kMale && names_.IsFamilyName(head_last) ? std::string_view(head_last) : std::string_view{};

  int mother_age = head_sex == Sex::kFemale ? head_age : head_age - kFatherOlderThanMother;
  if (has_spouse) {
    const int gap = static_cast<int>(rng.Between(kSpouseYoungerMin, kSpouseYoungerMax));
    const Sex spouse_sex = Opposite(head_sex);
    const int spouse_age = std::max(kMinAdultAge, head_sex == Sex::kMale ? head_age - gap : head_age + gap);
    AddMember(hh, domain::FamilyRelation::kSpouse, spouse_sex, spouse_age, rng);
    if (spouse_sex == Sex::kFemale) mother_age = spouse_age;
  }
  if (living_parent) {
    const Sex sex = rng.Chance(kParentFemaleShare) ? Sex::kFemale : Sex::kMale;
    const auto relation =
        rng.Chance(kParentInLawShare) ? domain::FamilyRelation::kParentInLaw : domain::FamilyRelation::kParent;
    AddMember(hh, relation, sex, head_age + static_cast<int>(rng.Between(kParentGapMin, kParentGapMax)), rng);
  }
  if (three_generations) {
    AddThreeGenerations(hh, mother_age, slots, inherited, rng);
    return;
  }
  int own = children;
  if (size >= kOtherRelativeMinSize && own > 0 && rng.Chance(kOtherRelativeShare)) {
    AddMember(hh, domain::FamilyRelation::kOtherRelative, rng.Chance(kMaleBirthShare) ? Sex::kMale : Sex::kFemale,
              static_cast<int>(rng.Between(kOtherRelativeMinAge, kOtherRelativeMaxAge)), rng);
    --own;
  }
  AddChildren(hh, domain::FamilyRelation::kChild, mother_age, own, rng, inherited);
}

SyntheticHousehold HouseholdFactory::Make(const KabupatenQuota& part, int max_size, Rng& rng) {
  SyntheticHousehold hh;
  hh.household_id = next_household_++;
  hh.kabupaten = part.kabupaten;
  const auto& kab = ref_.kabupaten[part.kabupaten];
  hh.village = kab.villages[part.village_choice.Pick(rng)];
  const std::uint64_t village_mix = MixBits(hh.village);
  hh.rw = 1 + static_cast<int>(rng.Below(kMinRw + village_mix % kRwSpread));
  hh.rt = 1 + static_cast<int>(rng.Below(kMinRtPerRw + (village_mix >> kRtMixShift) % kRtSpread));
  hh.address = ref_.street_prefixes[rng.Below(ref_.street_prefixes.size())] + " " +
               ref_.streets[rng.Below(ref_.streets.size())] + " No. " +
               std::to_string(1 + rng.Below(kMaxHouseNumber));

  const int size = DrawSize(max_size, rng);
  if (size == 1) {
    AddLoneHead(hh, rng);
  } else {
    AddFamily(hh, size, rng);
  }
  for (auto& m : hh.members) {
    if (rng.Chance(kReligionMissingShare)) m.religion = -1;
  }
  hh.kk = NewKk(ref_.kecamatan[ref_.villages[hh.village].kecamatan].nik_prefix, EarliestKkDate(hh), rng);
  AssignWelfare(hh, rng);
  return hh;
}

domain::CivilDate HouseholdFactory::EarliestKkDate(const SyntheticHousehold& hh) {
  // The KK in hand was issued after the head came of age and after its youngest member was born (a birth
  // changes the family card).
  domain::CivilDate earliest{hh.members.front().birth.year + kKkMinHeadAge, 1, 1};
  for (const auto& m : hh.members) earliest = std::max(earliest, m.birth);
  return earliest;
}

}  // namespace tepat::synth
