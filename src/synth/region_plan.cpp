#include "synth/region_plan.hpp"

#include <algorithm>
#include <numeric>

#include "domain/region_code.hpp"

namespace tepat::synth {
namespace {

constexpr std::uint64_t kVillageStream = 0x76696c6c61676573ULL;  // "villages"

WeightedChoice VillageChoice(const ReferenceData& ref, const Kabupaten& kab, const Rng& rng, std::uint32_t index) {
  Rng local = rng.Fork(kVillageStream + index);
  std::vector<double> weights;
  weights.reserve(kab.villages.size());
  for (std::uint32_t v : kab.villages) {
    const double base = ref.villages[v].kelurahan ? kKelurahanWeight : 1.0;
    weights.push_back(base * (kVillageSkewMin + local.Unit()));
  }
  return WeightedChoice(weights);
}

}  // namespace

std::vector<std::uint64_t> SplitByLargestRemainder(std::uint64_t total, const std::vector<std::uint64_t>& weights) {
  std::vector<std::uint64_t> parts(weights.size(), 0);
  const std::uint64_t sum = std::accumulate(weights.begin(), weights.end(), std::uint64_t{0});
  if (sum == 0) return parts;
  std::vector<std::pair<unsigned __int128, std::size_t>> remainders;
  std::uint64_t given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const unsigned __int128 scaled = static_cast<unsigned __int128>(total) * weights[i];
    parts[i] = static_cast<std::uint64_t>(scaled / sum);
    given += parts[i];
    remainders.push_back({scaled % sum, i});
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total; ++k, ++given) ++parts[remainders[k % remainders.size()].second];
  return parts;
}

domain::Result<RegionPlan> ResolveRegionPlan(const ReferenceData& ref, std::string_view region_text,
                                             std::uint64_t people, const Rng& rng) {
  const std::string shown(region_text);
  auto code = domain::RegionCode::Parse(region_text);
  if (!code) {
    return domain::InvalidArgument("--region '" + shown +
                                   "' is not a region code; give a province (e.g. 35) or kabupaten/kota (e.g. 35.10)");
  }
  if (code->level() != domain::RegionLevel::kProvince && code->level() != domain::RegionLevel::kKabupaten) {
    return domain::InvalidArgument("--region '" + shown +
                                   "' is a kecamatan or desa code; give its province (e.g. 35) or kabupaten/kota "
                                   "(e.g. 35.10)");
  }
  RegionPlan plan;
  plan.code = code->Dotted();
  std::vector<std::uint32_t> kabs;
  if (code->level() == domain::RegionLevel::kProvince) {
    const int p = ref.FindProvince(plan.code);
    if (p < 0) return domain::InvalidArgument("--region '" + shown + "': no such province in data/wilayah/provinces.csv");
    plan.name = ref.provinces[static_cast<std::size_t>(p)].name;
    plan.province_code = plan.code;
    plan.is_province = true;
    for (std::uint32_t k = 0; k < ref.kabupaten.size(); ++k) {
      const Kabupaten& kab = ref.kabupaten[k];
      if (kab.province_code == plan.code && kab.population > 0 && !kab.villages.empty()) kabs.push_back(k);
    }
    if (kabs.empty()) {
      return domain::InvalidArgument("--region '" + shown + "': the province has no kabupaten/kota with villages and "
                                     "population figures in data/; pick another region");
    }
  } else {
    const int k = ref.FindKabupaten(plan.code);
    if (k < 0) {
      return domain::InvalidArgument("--region '" + shown + "': no such kabupaten/kota in data/wilayah/regencies.csv");
    }
    const Kabupaten& kab = ref.kabupaten[static_cast<std::size_t>(k)];
    if (kab.villages.empty()) {
      return domain::InvalidArgument("--region '" + shown + "': data/wilayah has no villages for it; pick another region");
    }
    plan.name = kab.name;
    plan.province_code = kab.province_code;
    kabs.push_back(static_cast<std::uint32_t>(k));
  }
  std::vector<std::uint64_t> weights;
  for (std::uint32_t k : kabs) weights.push_back(std::max<std::uint64_t>(ref.kabupaten[k].population, 1));
  const auto quotas = SplitByLargestRemainder(people, weights);
  for (std::size_t i = 0; i < kabs.size(); ++i) {
    plan.parts.push_back({kabs[i], quotas[i], VillageChoice(ref, ref.kabupaten[kabs[i]], rng, kabs[i])});
  }
  return plan;
}

}  // namespace tepat::synth
