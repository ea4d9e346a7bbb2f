#pragma once
// RecordDirt: decides which dirt one copy of a person's identity (name, NIK, birth date) gets, at the configured
// rates, and applies it. Every applied kind is recorded in the returned DirtSet (it becomes truth.csv).
#include <string>

#include "domain/civil_date.hpp"
#include "synth/calendar.hpp"
#include "synth/dirt_kind.hpp"
#include "synth/dirt_rates.hpp"
#include "synth/reference_data.hpp"
#include "synth/rng.hpp"
#include "synth/synthetic_household.hpp"

namespace tepat::synth {

/// The identity fields as written in one record.
struct RecordIdentity {
  std::string name;  ///< title case
  std::string nik;   ///< 16 digits, or empty
  domain::CivilDate birth;
  DirtSet dirt;
};

/// How a copy is made.
enum class CopyKind {
  kSecondary,  ///< a DTKS or recipient row: each kind independently at its rate
  kDuplicate,  ///< a second dukcapil row: exactly one name kind (chosen in proportion to the rates) plus NIK/date
};

/// Makes the identity of one copy of `person`. Kinds that cannot apply to this name or date are skipped (so their
/// realised rate can be lower than the flag; see docs/synthetic-data.md). Pure apart from `rng`.
RecordIdentity MakeRecordIdentity(const SyntheticPerson& person, CopyKind copy, const DirtRates& rates,
                                  const ReferenceData& ref, Rng& rng);

}  // namespace tepat::synth
