#pragma once
// DirtRates: how much dirt to put in, one rate per kind (the `tepat demo generate` flags; defaults documented in
// docs/synthetic-data.md).
#include "domain/status.hpp"

namespace tepat::synth {

/// Rates in [0, 1]. Name and identity rates apply per record of DTKS and recipient files (a recipient's dirt is
/// decided once per person and program, so all periods agree) and to the dukcapil duplicates; deceased and moved
/// apply per person, double_kk per household, duplicate per person.
struct DirtRates {
  double duplicate = 0.02;        ///< person entered a second time in dukcapil.csv (with at least one name dirt)
  double typo = 0.03;             ///< one of insert/delete/substitute, equally likely
  double swapped_letters = 0.01;
  double old_spelling = 0.01;
  double abbreviation = 0.02;
  double title = 0.01;
  double nickname = 0.01;
  double nik_missing = 0.01;
  double nik_typo = 0.01;         ///< one of nik_digit/nik_transposed, equally likely
  double date_swapped = 0.005;    ///< only where the day is 1-12 and differs from the month
  double deceased = 0.01;         ///< died in 2023-2024, still in DTKS and on recipient lists
  double moved = 0.02;            ///< moved away in 2023-2024, still in DTKS and on recipient lists
  double double_kk = 0.005;       ///< household listed again under a second KK number

  /// kInvalidArgument naming the first rate outside [0, 1] (by its flag name).
  domain::Status Validate() const;
};

}  // namespace tepat::synth
