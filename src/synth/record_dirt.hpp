#pragma once
// RecordDirt: decides which dirt one copy of a person's identity (name, NIK, birth date) gets, at the configured
// rates, and applies it. Every applied kind is recorded in the returned DirtSet (it becomes truth.csv).
#include <array>
#include <cstdint>
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

/// Dirt that was drawn for a record it could not apply to (old spelling of a name without u/j/c/y, a day-month
/// swap of the 25th) is owed and given to the next record it fits, so that each rate holds over a whole file.
/// Not thread-safe; one per run.
class DirtBacklog {
 public:
  /// True when at least one `kind` is owed.
  bool Pending(DirtKind kind) const { return owed_[Index(kind)] > 0; }
  /// Records that a drawn `kind` could not be applied.
  void Owe(DirtKind kind) { ++owed_[Index(kind)]; }
  /// Records that an owed `kind` was applied; only after Pending(kind).
  void Pay(DirtKind kind) { --owed_[Index(kind)]; }

 private:
  static std::size_t Index(DirtKind kind) { return static_cast<std::size_t>(kind); }
  std::array<std::uint32_t, static_cast<std::size_t>(DirtKind::kCount)> owed_{};
};

/// How a copy is made.
enum class CopyKind {
  kSecondary,  ///< a DTKS or recipient row: each kind independently at its rate
  kDuplicate,  ///< a second dukcapil row: exactly one name kind (chosen in proportion to the rates) plus NIK/date
};

/// Makes the identity of one copy of `person`. A kind that cannot apply to this name or date is owed to a later
/// record through `backlog` (kSecondary only). Pure apart from `rng` and `backlog`.
RecordIdentity MakeRecordIdentity(const SyntheticPerson& person, CopyKind copy, const DirtRates& rates,
                                  const ReferenceData& ref, Rng& rng, DirtBacklog& backlog);

}  // namespace tepat::synth
