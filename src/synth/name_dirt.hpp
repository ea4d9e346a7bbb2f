#pragma once
// Name and identity dirt: the ways a person's record goes wrong when typed again by another office.
// Each function changes its argument and returns true, or returns false and leaves it unchanged when the kind
// cannot apply (e.g. old spelling of a name without u/j/c/y).
#include <string>

#include "domain/civil_date.hpp"
#include "synth/calendar.hpp"
#include "synth/dirt_kind.hpp"
#include "synth/name_pool.hpp"
#include "synth/reference_data.hpp"
#include "synth/rng.hpp"

namespace tepat::synth {

/// Applies one name kind (typo_*, swapped_letters, old_spelling, abbreviation, title, nickname) to a title-case
/// name. `ref` supplies titles and degrees. Returns false when the kind does not apply to this name.
bool ApplyNameDirt(DirtKind kind, std::string& name, Sex sex, const ReferenceData& ref, Rng& rng);

/// nik_missing empties `nik`; nik_digit changes one digit; nik_transposed swaps two adjacent different digits.
/// Returns false when `nik` has no adjacent different digits (transposed) or for other kinds.
bool ApplyNikDirt(DirtKind kind, std::string& nik, Rng& rng);

/// Swaps day and month when the result is a real, different date (day 1-12, day != month). Returns false otherwise.
bool SwapDayMonth(domain::CivilDate& date);

/// The everyday short form of a given name ("Sutrisno" -> "Trisno", "Muhammad" -> "Mamat"), or empty when none.
std::string NicknameOf(const std::string& given);

}  // namespace tepat::synth
