#pragma once
// The aid programs of a generated region (programs.csv) and who receives them (recipients.csv).
// The program calendar is illustrative (2024 disbursements); amounts follow the published rates of each scheme.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/program.hpp"
#include "synth/reference_data.hpp"
#include "synth/region_plan.hpp"
#include "synth/rng.hpp"
#include "synth/synthetic_household.hpp"

namespace tepat::synth {

/// One program as the generator runs it. Plain value type.
struct Program {
  std::string code;          ///< KODE_PROGRAM, e.g. "PKH-3510-2024", "BANKAB-3510-2024"
  std::string name;          ///< NAMA_PROGRAM
  domain::ProgramKind kind = domain::ProgramKind::kBst;
  domain::FundingSource funding = domain::FundingSource::kApbn;
  std::string agency;        ///< INSTANSI
  std::string region_code;   ///< KODE_WILAYAH (dotted): the generated region, or one kabupaten/kota of it
  std::vector<std::string> periods;  ///< "YYYY-MM" of each disbursement
  std::string goods;         ///< BARANG for goods programs ("" for cash)
  std::int64_t amount = 0;   ///< rupiah per period per recipient (cash); 0 for goods; PKH varies per family
  int kabupaten = -1;        ///< for local programs: the kabupaten index it serves; -1 = all of the region
};

/// One person receiving one program in every period of it.
struct Award {
  std::size_t program = 0;   ///< index into the catalog
  std::size_t member = 0;    ///< index into SyntheticHousehold::members
  std::int64_t amount = 0;   ///< per period
};

/// The programs of the plan's region, in a fixed order. Immutable; Awards is const and thread-safe.
class ProgramCatalog {
 public:
  ProgramCatalog(const ReferenceData& ref, const RegionPlan& plan);
  const std::vector<Program>& programs() const { return programs_; }
  /// First day of a "YYYY-MM" period, for comparing with death and move dates.
  static std::int64_t PeriodStartDays(std::string_view period);
  /// Programs this household receives and by whom (eligibility rules in program_catalog.cpp / docs).
  std::vector<Award> Awards(const ReferenceData& ref, const SyntheticHousehold& hh, Rng& rng) const;

 private:
  std::vector<Program> programs_;
};

}  // namespace tepat::synth
