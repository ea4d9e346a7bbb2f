#pragma once
// Calendar helpers the generator needs on top of domain::CivilDate.
#include "domain/civil_date.hpp"

namespace tepat::synth {

/// Whole years between `birth` and `on` (the age on that date). Pure.
int AgeOn(const domain::CivilDate& birth, const domain::CivilDate& on);

}  // namespace tepat::synth
