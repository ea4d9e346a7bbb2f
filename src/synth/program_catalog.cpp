#include "synth/program_catalog.hpp"

#include <algorithm>

#include "synth/household_factory.hpp"

namespace tepat::synth {
namespace {

constexpr std::string_view kYear = "2024";
constexpr std::string_view kKemensos = "Kementerian Sosial";
const std::vector<std::string> kMonthly = {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
                                           "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"};
const std::vector<std::string> kQuarterly = {"2024-01", "2024-04", "2024-07", "2024-10"};
const std::vector<std::string> kBimonthly = {"2024-01", "2024-03", "2024-05", "2024-07", "2024-09", "2024-11"};
const std::vector<std::string> kBstPeriods = {"2024-01", "2024-02", "2024-03"};
const std::vector<std::string> kBanpresPeriods = {"2024-03"};
const std::vector<std::string> kBanprovPeriods = {"2024-04", "2024-10"};
const std::vector<std::string> kBankotPeriods = {"2024-08"};
const std::vector<std::string> kSembakoPeriods = {"2024-06", "2024-12"};

// Amounts in rupiah per period.
constexpr std::int64_t kBstAmount = 300000;
constexpr std::int64_t kBpntAmount = 400000;  // Rp200,000 a month paid every two months
constexpr std::string_view kBanpresGoods = "Paket sembako: beras 10 kg, minyak goreng 2 liter, gula 1 kg";
constexpr std::int64_t kBanprovAmount = 500000;
constexpr std::int64_t kBankotAmount = 600000;
constexpr std::string_view kSembakoGoods = "Paket sembako: beras 5 kg, telur 1 kg, minyak goreng 1 liter";
constexpr std::string_view kKotaPrefix = "Kota ";
constexpr std::int64_t kBltDanaDesaAmount = 300000;
// PKH components per quarter (a quarter of the yearly index) and the cap on components per family.
constexpr std::int64_t kPkhEarlyChild = 750000;   // age 0-6
constexpr std::int64_t kPkhPrimary = 225000;      // 7-12
constexpr std::int64_t kPkhJuniorHigh = 375000;   // 13-15
constexpr std::int64_t kPkhSeniorHigh = 500000;   // 16-18
constexpr std::int64_t kPkhElderly = 600000;      // 70+
constexpr int kPkhMaxComponents = 4;
constexpr int kElderlyPkhAge = 70;

// Eligibility: the highest decile allowed and the chance of being chosen among the eligible.
constexpr int kPkhMaxDecile = 3;
constexpr double kPkhChance = 0.7;
constexpr int kBpntMaxDecile = 4;
constexpr double kBpntChance = 0.75;
constexpr int kBstMaxDecile = 5;
constexpr double kBstChance = 0.5;
constexpr int kBanpresMaxDecile = 6;
constexpr double kBanpresChance = 0.12;
constexpr int kBanprovMaxDecile = 5;
constexpr double kBanprovChance = 0.10;
constexpr int kLocalMaxDecile = 5;
constexpr double kBankotDtksChance = 0.12;
constexpr double kBankotOtherChance = 0.04;  // local programs also reach poor households outside DTKS
constexpr int kSembakoMaxDecile = 6;
constexpr double kSembakoDtksChance = 0.10;
constexpr double kSembakoOtherChance = 0.03;
constexpr double kBltDanaDesaChance = 0.2;

std::string CompactCode(const std::string& dotted) {
  std::string out;
  for (char c : dotted) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

std::int64_t PkhAmount(const SyntheticHousehold& hh) {
  std::vector<std::int64_t> components;
  for (const auto& m : hh.members) {
    const int age = AgeOn(m.birth, kAsOfDate);
    if (age <= 6) components.push_back(kPkhEarlyChild);
    else if (age <= 12) components.push_back(kPkhPrimary);
    else if (age <= 15) components.push_back(kPkhJuniorHigh);
    else if (age <= 18) components.push_back(kPkhSeniorHigh);
    else if (age >= kElderlyPkhAge) components.push_back(kPkhElderly);
  }
  std::sort(components.rbegin(), components.rend());
  std::int64_t total = 0;
  for (std::size_t i = 0; i < components.size() && i < static_cast<std::size_t>(kPkhMaxComponents); ++i) total += components[i];
  return total;
}

// PKH is paid to the mother of the family when there is one.
std::size_t PkhCaretaker(const SyntheticHousehold& hh) {
  for (std::size_t i = 0; i < hh.members.size(); ++i) {
    const auto& m = hh.members[i];
    if ((m.relation == domain::FamilyRelation::kHead || m.relation == domain::FamilyRelation::kSpouse) && m.sex == Sex::kFemale) return i;
  }
  return 0;
}

}  // namespace

ProgramCatalog::ProgramCatalog(const ReferenceData& ref, const RegionPlan& plan) {
  using domain::FundingSource;
  using domain::ProgramKind;
  const std::string year(kYear);
  const std::string region = CompactCode(plan.code);
  const std::string area = plan.is_province ? "Provinsi " + plan.name : plan.name;
  auto national = [&](std::string_view code, std::string_view name, ProgramKind kind,
                      const std::vector<std::string>& periods, std::string_view goods, std::int64_t amount) {
    programs_.push_back({std::string(code) + "-" + region + "-" + year, std::string(name) + " " + area + " " + year,
                         kind, FundingSource::kApbn, std::string(kKemensos), plan.code, periods, std::string(goods),
                         amount, -1});
  };
  national("BST", "Bantuan Sosial Tunai", ProgramKind::kBst, kBstPeriods, "", kBstAmount);
  national("PKH", "Program Keluarga Harapan", ProgramKind::kPkh, kQuarterly, "", 0);
  national("BPNT", "Bantuan Pangan Non Tunai", ProgramKind::kBpnt, kBimonthly, "", kBpntAmount);
  national("BANPRES", "Bantuan Presiden Paket Sembako", ProgramKind::kBanpres, kBanpresPeriods, kBanpresGoods, 0);

  const int p = ref.FindProvince(plan.province_code);
  const std::string province_name = p >= 0 ? ref.provinces[static_cast<std::size_t>(p)].name : plan.province_code;
  programs_.push_back({"BANPROV-" + region + "-" + year, "Bantuan Provinsi " + province_name + " " + year,
                       ProgramKind::kBanprov, FundingSource::kApbdProvinsi, "Dinas Sosial Provinsi " + province_name,
                       plan.code, kBanprovPeriods, "", kBanprovAmount, -1});
  for (const auto& part : plan.parts) {
    const Kabupaten& kab = ref.kabupaten[part.kabupaten];
    const std::string code = CompactCode(kab.code);
    const int k = static_cast<int>(part.kabupaten);
    const bool kota = kab.name.rfind(kKotaPrefix, 0) == 0;
    const std::string local_kind = kota ? "BANKOT-" : "BANKAB-";
    programs_.push_back({local_kind + code + "-" + year, "Bantuan " + kab.name + " " + year,
                         kota ? ProgramKind::kBankot : ProgramKind::kBankab, FundingSource::kApbdKabupatenKota,
                         "Dinas Sosial " + kab.name, kab.code, kBankotPeriods, "", kBankotAmount, k});
    programs_.push_back({"SEMBAKO-" + code + "-" + year, "Paket Sembako " + kab.name + " " + year,
                         ProgramKind::kSembako, FundingSource::kApbdKabupatenKota, "Dinas Sosial " + kab.name, kab.code,
                         kSembakoPeriods, std::string(kSembakoGoods), 0, k});
    // Dana Desa exists only where there are desa (a city of kelurahan has none).
    const bool has_desa = std::any_of(kab.villages.begin(), kab.villages.end(),
                                      [&ref](std::uint32_t v) { return !ref.villages[v].kelurahan; });
    if (has_desa) {
      programs_.push_back({"BLTDD-" + code + "-" + year, "BLT Dana Desa " + kab.name + " " + year,
                           ProgramKind::kBltDanaDesa, FundingSource::kDanaDesa, "Pemerintah Desa se-" + kab.name,
                           kab.code, kMonthly, "", kBltDanaDesaAmount, k});
    }
  }
}

std::int64_t ProgramCatalog::PeriodStartDays(std::string_view period) {
  const int year = (period[0] - '0') * 1000 + (period[1] - '0') * 100 + (period[2] - '0') * 10 + (period[3] - '0');
  const int month = (period[5] - '0') * 10 + (period[6] - '0');
  return domain::CivilDate{year, month, 1}.DaysSinceEpoch();
}

std::vector<Award> ProgramCatalog::Awards(const ReferenceData& ref, const SyntheticHousehold& hh, Rng& rng) const {
  std::vector<Award> out;
  const bool dtks = hh.in_dtks && hh.dtks_active;
  const int d = hh.decile;
  bool family_support = false;  // PKH or BPNT: BST and BLT Dana Desa go to those without them
  for (std::size_t i = 0; i < programs_.size(); ++i) {
    const Program& prog = programs_[i];
    if (prog.kabupaten >= 0 && prog.kabupaten != static_cast<int>(hh.kabupaten)) continue;
    using domain::ProgramKind;
    bool chosen = false;
    std::size_t member = 0;
    std::int64_t amount = prog.amount;
    switch (prog.kind) {
      case domain::ProgramKind::kPkh:
        amount = PkhAmount(hh);
        chosen = dtks && d <= kPkhMaxDecile && amount > 0 && rng.Chance(kPkhChance);
        member = PkhCaretaker(hh);
        family_support |= chosen;
        break;
      case domain::ProgramKind::kBpnt:
        chosen = dtks && d <= kBpntMaxDecile && rng.Chance(kBpntChance);
        family_support |= chosen;
        break;
      case domain::ProgramKind::kBst:
        break;  // decided after PKH and BPNT, below
      case domain::ProgramKind::kBanpres:
        chosen = dtks && d <= kBanpresMaxDecile && rng.Chance(kBanpresChance);
        break;
      case domain::ProgramKind::kBanprov:
        chosen = dtks && d <= kBanprovMaxDecile && rng.Chance(kBanprovChance);
        break;
      case domain::ProgramKind::kBankot:
      case domain::ProgramKind::kBankab:
        chosen = d <= kLocalMaxDecile && rng.Chance(dtks ? kBankotDtksChance : kBankotOtherChance);
        break;
      case domain::ProgramKind::kSembako:
        chosen = d <= kSembakoMaxDecile && rng.Chance(dtks ? kSembakoDtksChance : kSembakoOtherChance);
        break;
      case domain::ProgramKind::kBltDanaDesa:
        chosen = !ref.villages[hh.village].kelurahan && d <= kLocalMaxDecile && !family_support &&
                 rng.Chance(kBltDanaDesaChance);
        break;
      default:
        break;
    }
    if (chosen) out.push_back({i, member, amount});
  }
  // BST (program 0) reaches DTKS families without PKH or BPNT.
  if (dtks && d <= kBstMaxDecile && !family_support && rng.Chance(kBstChance)) out.insert(out.begin(), {0, 0, kBstAmount});
  return out;
}

}  // namespace tepat::synth
