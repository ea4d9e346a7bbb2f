#pragma once
// HouseholdFactory: invents one realistic KK at a time (size, members, ages, names, birth places, NIKs, address,
// welfare decile, DTKS membership, deaths and moves). The distributions are documented in docs/synthetic-data.md
// and defined as named constants in household_factory.cpp.
#include <cstdint>
#include <vector>

#include "domain/civil_date.hpp"
#include "synth/calendar.hpp"
#include "synth/dirt_rates.hpp"
#include "synth/name_pool.hpp"
#include "synth/reference_data.hpp"
#include "synth/region_plan.hpp"
#include "synth/rng.hpp"
#include "synth/serial_allocator.hpp"
#include "synth/synthetic_household.hpp"
#include "synth/weighted_choice.hpp"

namespace tepat::synth {

/// The date the generated registry describes ("as of"); ages, deaths and DTKS rounds are relative to it.
inline constexpr domain::CivilDate kAsOfDate{2024, 12, 31};
/// Deaths and moves happen between this date and kAsOfDate.
inline constexpr domain::CivilDate kEventsFrom{2023, 1, 1};

/// Household sizes 1..kMaxHouseholdSize with their shares (Susenas-like; mean about 3.7).
inline constexpr int kMaxHouseholdSize = 10;
/// Share of households of size 1, 2, ..., 7 and 8+ (8-10 equally likely).
inline constexpr double kHouseholdSizeShares[8] = {0.09, 0.17, 0.22, 0.23, 0.15, 0.08, 0.04, 0.02};

/// Not thread-safe (owns the serial allocator). One per run.
class HouseholdFactory {
 public:
  /// `ref`, `names` and `plan` must outlive the factory. `dtks_share` is the wanted share of households in DTKS.
  HouseholdFactory(const ReferenceData& ref, const NamePool& names, const RegionPlan& plan, const DirtRates& rates,
                   double dtks_share);

  /// A new household of at most `max_size` members in kabupaten `part` of the plan. Person and household ids
  /// continue from the previous call.
  SyntheticHousehold Make(const KabupatenQuota& part, int max_size, Rng& rng);
  /// A fresh KK number for the same kecamatan as `household` (for doubled KKs), issued on a random date.
  std::string ReissueKk(const SyntheticHousehold& household, Rng& rng);

 private:
  int DrawSize(int max_size, Rng& rng) const;
  void AddLoneHead(SyntheticHousehold& hh, Rng& rng);
  void AddFamily(SyntheticHousehold& hh, int size, Rng& rng);
  void AddThreeGenerations(SyntheticHousehold& hh, int mother_age, int slots, std::string_view inherited_last,
                           Rng& rng);
  static domain::CivilDate EarliestKkDate(const SyntheticHousehold& hh);
  void AddMember(SyntheticHousehold& hh, domain::FamilyRelation relation, Sex sex, int age, Rng& rng,
                 std::string_view inherited_last = {});
  void AddChildren(SyntheticHousehold& hh, domain::FamilyRelation relation, int mother_age, int count, Rng& rng,
                   std::string_view inherited_last);
  std::uint32_t BirthPlace(std::uint32_t home, bool adult, Rng& rng) const;
  std::string NewKk(std::uint32_t prefix6, const domain::CivilDate& earliest, Rng& rng);
  void AssignNik(SyntheticPerson& person);
  void AssignWelfare(SyntheticHousehold& hh, Rng& rng) const;
  void AssignLifeEvents(SyntheticPerson& person, Rng& rng) const;

  const ReferenceData& ref_;
  const NamePool& names_;
  DirtRates rates_;
  double dtks_share_;
  WeightedChoice size_choice_;
  WeightedChoice head_age_choice_;
  WeightedChoice religion_choice_;
  std::vector<std::uint32_t> national_place_index_;  // declared before the choices that fill them
  std::vector<std::uint32_t> province_place_index_;
  WeightedChoice national_places_;
  WeightedChoice province_places_;
  SerialAllocator serials_;
  std::uint64_t next_person_ = 1;
  std::uint64_t next_household_ = 1;
  std::int64_t as_of_days_;
  std::int64_t events_from_days_;
};

}  // namespace tepat::synth
