#include "synth/name_pool.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace tepat::synth {
namespace {

// Common-names rankings (most common first), chosen from names that occur widely in Indonesian civil
// registration and that are present in data/names. These are editorial choices, not measured frequencies.
const std::vector<std::string_view> kCommonMaleGiven = {
    "Muhammad", "Agus",    "Budi",     "Slamet",  "Eko",      "Joko",     "Bambang",  "Hadi",    "Sutrisno",
    "Rudi",     "Heri",    "Wahyu",    "Imam",    "Yusuf",    "Arief",    "Rizky",    "Dwi",     "Tri",
    "Teguh",    "Hari",    "Supriyadi", "Suroso", "Sunarto",  "Santoso",  "Bayu",     "Dimas",   "Fajar",
    "Ilham",    "Irwan",   "Wawan",    "Yudi",    "Hendro",   "Heru",     "Gunawan",  "Hasan",   "Ismail",
    "Ibrahim",  "Rahmat",  "Ridwan",   "Taufik",  "Dani",     "Doni",     "Edi",      "Anton",   "Aris",
    "Ari",      "Danang",  "Sigit",    "Widodo",  "Mulyono",  "Suyono",   "Sumarno",  "Sutomo",  "Purwanto",
    "Riyanto",  "Hendra",  "Andika",   "Aditya",  "Rizki",    "Reza",     "Farhan",   "Raditya", "Alif",
    "Akbar",    "Iqbal",   "Irfan",    "Lukman",  "Usman",    "Umar",     "Hamzah",   "Mahmud",  "Mustofa",
    "Kasim",    "Jumadi",  "Junaedi",  "Hartono", "Haryono",  "Kartono",  "Sunaryo",  "Subagyo", "Paiman",
    "Tugiman",  "Wakiman", "Gilang",   "Bagus",   "Eka",      "Nur",      "Indra",    "Adi",     "Yoga"};
const std::vector<std::string_view> kCommonFemaleGiven = {
    "Siti",     "Sri",      "Dewi",   "Nur",      "Ani",     "Sari",    "Rina",    "Wati",    "Yuni",
    "Indah",    "Fitri",    "Lina",   "Nurul",    "Dian",    "Ayu",     "Rini",    "Tutik",   "Sulastri",
    "Suryani",  "Rahayu",   "Ningsih", "Mulyani", "Nurhayati", "Astuti", "Hastuti", "Susanti", "Yanti",
    "Eka",      "Dwi",      "Endah",  "Kartini",  "Lilis",   "Nani",    "Ratna",   "Titin",   "Umi",
    "Puji",     "Diah",     "Wulan",  "Putri",    "Intan",   "Anisa",   "Aisyah",  "Nabila",  "Salsabila",
    "Maya",     "Ika",      "Ida",    "Tina",     "Winda",   "Yulia",   "Marni",   "Kasiyah", "Maimunah",
    "Rohmah",   "Zaenab",   "Desi",   "Novi",     "Septi",   "Tri",     "Wahyu",   "Nurlela", "Rosidah"};
const std::vector<std::string_view> kCommonMaleFamily = {
    "Setiawan", "Santoso", "Hidayat",  "Kurniawan", "Saputra",  "Wibowo",   "Nugroho",  "Prasetyo", "Pratama",
    "Susanto",  "Wijaya",  "Hermawan", "Gunawan",   "Putra",    "Hakim",    "Ramadhan", "Firmansyah", "Maulana",
    "Rahman",   "Ahmad",   "Abdullah", "Utomo",     "Purwanto", "Sutrisno", "Widodo",   "Setiadi",  "Irawan",
    "Syahputra", "Hartanto", "Haryanto", "Suryanto", "Wahyudi", "Riyanto",  "Mulyadi",  "Iskandar", "Pamungkas"};
const std::vector<std::string_view> kCommonFemaleFamily = {
    "Lestari",   "Rahayu",    "Wahyuni",  "Handayani", "Susanti",  "Wulandari", "Rahmawati", "Safitri",
    "Puspitasari", "Anggraini", "Kurniasih", "Hartati", "Purwanti", "Yuliana",  "Fitriani",  "Maharani",
    "Utami",     "Pratiwi",   "Astuti",   "Sari",      "Hasanah",  "Nuraini",   "Damayanti", "Permatasari"};

// Shapes of a full name (see docs/synthetic-data.md). Single names ("Sutrisno") are common among older
// Indonesians and rare among the young; the remainder splits between given + family-style name ("Agus Setiawan"),
// three names ("Muhammad Rizky Pratama") and two given names ("Eko Budi") in proportion to these shares.
constexpr int kOldGenerationBornBefore = 1970;
constexpr int kMiddleGenerationBornBefore = 1990;
constexpr double kSingleNameShareOld = 0.55;
constexpr double kSingleNameShareMiddle = 0.35;
constexpr double kSingleNameShareYoung = 0.15;
constexpr double kGivenFamilyWeight = 0.55;
constexpr double kThreeTokenWeight = 0.15;
constexpr double kTwoGivenWeight = 0.30;
constexpr double kSonInheritShare = 0.6;       // a son carries on his father's family-style last name
constexpr double kDaughterInheritShare = 0.2;  // a daughter does so less often
constexpr int kDistinctGivenTries = 3;
// Given names that do not stand alone: they open a longer name ("Siti Aminah", "Sri Wahyuni", "Dwi Astuti").
constexpr std::array<std::string_view, 6> kLeadingNames = {"Muhammad", "Siti", "Sri", "Dwi", "Tri", "Eka"};

std::vector<std::string> NamesFor(const std::vector<NameEntry>& entries, NameGender want, bool with_unisex) {
  std::vector<std::string> out;
  for (const auto& e : entries) {
    const bool fits = e.gender == want || (with_unisex && e.gender == NameGender::kUnisex);
    if (fits && std::find(out.begin(), out.end(), e.name) == out.end()) out.push_back(e.name);
  }
  return out;
}

bool NeedsFollower(std::string_view first) {
  return std::find(kLeadingNames.begin(), kLeadingNames.end(), first) != kLeadingNames.end();
}

double SingleNameShare(int birth_year) {
  if (birth_year < kOldGenerationBornBefore) return kSingleNameShareOld;
  if (birth_year < kMiddleGenerationBornBefore) return kSingleNameShareMiddle;
  return kSingleNameShareYoung;
}

}  // namespace

WeightedNames::WeightedNames(std::vector<std::string> names, const std::vector<std::string_view>& common,
                             NameWeighting weighting)
    : names_(std::move(names)) {
  std::unordered_map<std::string_view, std::size_t> rank;
  for (std::size_t r = 0; r < common.size(); ++r) rank.emplace(common[r], r);
  double common_total = 0.0;
  std::size_t rare_count = 0;
  std::vector<double> zipf(names_.size(), 0.0);
  for (std::size_t i = 0; i < names_.size(); ++i) {
    auto it = rank.find(names_[i]);
    if (it == rank.end()) {
      ++rare_count;
      continue;
    }
    zipf[i] = 1.0 / (static_cast<double>(it->second) + weighting.zipf_offset);
    common_total += zipf[i];
  }
  const double common_share = common_total > 0.0 ? (rare_count > 0 ? weighting.common_share : 1.0) : 0.0;
  const double rare_weight = rare_count > 0 ? (1.0 - common_share) / static_cast<double>(rare_count) : 0.0;
  weights_.resize(names_.size());
  for (std::size_t i = 0; i < names_.size(); ++i) {
    weights_[i] = zipf[i] > 0.0 ? common_share * zipf[i] / common_total : rare_weight;
  }
  choice_ = WeightedChoice(weights_);
}

double WeightedNames::Probability(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return weights_[i] / choice_.total();
  }
  return 0.0;
}

NamePool::NamePool(const ReferenceData& ref)
    : male_given_(NamesFor(ref.given_names, NameGender::kMale, true), kCommonMaleGiven, kGivenWeighting),
      female_given_(NamesFor(ref.given_names, NameGender::kFemale, true), kCommonFemaleGiven, kGivenWeighting),
      male_family_(NamesFor(ref.family_names, NameGender::kMale, true), kCommonMaleFamily, kFamilyWeighting),
      // Family-style names marked unisex in the file are mostly men's names and clan names (Setiawan, Sihombing):
      // women draw from the women's list only.
      female_family_(NamesFor(ref.family_names, NameGender::kFemale, false), kCommonFemaleFamily,
                     kFamilyWeighting) {
  for (const auto& e : ref.family_names) family_names_sorted_.push_back(e.name);
  std::sort(family_names_sorted_.begin(), family_names_sorted_.end());
}

const std::string& NamePool::Given(Sex sex, Rng& rng) const {
  return sex == Sex::kMale ? male_given_.Pick(rng) : female_given_.Pick(rng);
}

bool NamePool::IsFamilyName(std::string_view token) const {
  return std::binary_search(family_names_sorted_.begin(), family_names_sorted_.end(), token);
}

std::string NamePool::Compose(Sex sex, int birth_year, Rng& rng, std::string_view inherited_last) const {
  const WeightedNames& family = sex == Sex::kMale ? male_family_ : female_family_;
  std::string name = Given(sex, rng);
  auto append = [&name](std::string_view token) {
    name.push_back(' ');
    name.append(token);
  };
  auto append_distinct_given = [&]() {
    for (int i = 0; i < kDistinctGivenTries; ++i) {
      const std::string& second = Given(sex, rng);
      if (name.find(second) == std::string::npos) {
        append(second);
        return;
      }
    }
  };
  const double inherit_share = sex == Sex::kMale ? kSonInheritShare : kDaughterInheritShare;
  if (!inherited_last.empty() && rng.Chance(inherit_share)) {
    if (NeedsFollower(name)) append_distinct_given();
    append(inherited_last);
    return name;
  }
  const double single = SingleNameShare(birth_year);
  const double u = rng.Unit();
  if (u < single) {
    if (NeedsFollower(name)) append_distinct_given();
    return name;
  }
  // Rescale the rest of [0, 1) onto the three longer shapes.
  const double v = (u - single) / (1.0 - single) * (kGivenFamilyWeight + kThreeTokenWeight + kTwoGivenWeight);
  if (v < kGivenFamilyWeight) {
    append(family.Pick(rng));
  } else if (v < kGivenFamilyWeight + kThreeTokenWeight) {
    append_distinct_given();
    append(family.Pick(rng));
  } else {
    append_distinct_given();
  }
  return name;
}

}  // namespace tepat::synth
