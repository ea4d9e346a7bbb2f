#include "synth/dirt_rates.hpp"

#include <string>
#include <utility>

namespace tepat::synth {

domain::Status DirtRates::Validate() const {
  const std::pair<const char*, double> rates[] = {
      {"--duplicate-rate", duplicate},     {"--typo-rate", typo},
      {"--swapped-letters-rate", swapped_letters}, {"--old-spelling-rate", old_spelling},
      {"--abbreviation-rate", abbreviation}, {"--title-rate", title},
      {"--nickname-rate", nickname},       {"--nik-missing-rate", nik_missing},
      {"--nik-typo-rate", nik_typo},       {"--date-swap-rate", date_swapped},
      {"--deceased-rate", deceased},       {"--moved-rate", moved},
      {"--double-kk-rate", double_kk}};
  for (const auto& [flag, value] : rates) {
    if (!(value >= 0.0 && value <= 1.0)) {
      return domain::InvalidArgument(std::string(flag) + " is " + std::to_string(value) +
                                     "; give a share between 0 and 1 (e.g. 0.02 for 2%)");
    }
  }
  if (deceased + moved > 1.0) {
    return domain::InvalidArgument("--deceased-rate plus --moved-rate is above 1; lower one of them");
  }
  return domain::Status::Ok();
}

}  // namespace tepat::synth
