#pragma once
// RegionPlan: where the generated people live. A province is split over its kabupaten/kota in proportion to
// data/population; inside a kabupaten/kota households are spread over its real villages (see docs/synthetic-data.md).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "synth/reference_data.hpp"
#include "synth/rng.hpp"
#include "synth/weighted_choice.hpp"

namespace tepat::synth {

/// People assigned to one kabupaten/kota and how to pick a village there.
struct KabupatenQuota {
  std::uint32_t kabupaten = 0;    ///< index into ReferenceData::kabupaten
  std::uint64_t people = 0;       ///< residents to generate there
  WeightedChoice village_choice;  ///< over ReferenceData::kabupaten[kabupaten].villages
};

/// The resolved --region. Immutable after ResolveRegionPlan.
struct RegionPlan {
  std::string code;           ///< dotted code of the requested region, e.g. "35.10" or "35"
  std::string name;           ///< its official name
  std::string province_code;  ///< dotted province code
  bool is_province = false;
  std::vector<KabupatenQuota> parts;  ///< in code order; quotas add up to the requested people
};

/// Village weight of a kelurahan (urban ward) relative to a rural desa: urban wards are denser.
inline constexpr double kKelurahanWeight = 2.0;
/// Each village's weight is also multiplied by a seeded factor in [kVillageSkewMin, kVillageSkewMin + 1).
inline constexpr double kVillageSkewMin = 0.5;

/// Resolves `region_text` (province or kabupaten/kota code, dotted or compact) and splits `people` over it.
/// Errors (kInvalidArgument, message says what to give instead): malformed code, kecamatan or desa level,
/// a code not in data/wilayah, a region without villages or population figures.
domain::Result<RegionPlan> ResolveRegionPlan(const ReferenceData& ref, std::string_view region_text,
                                             std::uint64_t people, const Rng& rng);

/// Splits `total` over `weights` by the largest-remainder method: the parts add up to `total` exactly.
/// Pure; ties go to the earlier index.
std::vector<std::uint64_t> SplitByLargestRemainder(std::uint64_t total, const std::vector<std::uint64_t>& weights);

}  // namespace tepat::synth
