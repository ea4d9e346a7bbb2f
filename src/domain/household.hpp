#pragma once
// Household (one family card, KK) and its membership in DTKS, the integrated social-welfare registry.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/region_code.hpp"

namespace tepat::domain {

/// A family as grouped by one KK. Invariant: `kk` is 16 digits that passed CheckKk. `id` is assigned by the store.
struct Household {
  std::int64_t id = 0;
  std::string kk;
  std::int64_t head_person_id = 0;         ///< Person::id of the family head; 0 when not known yet
  RegionCode desa = *RegionCode::Parse("00.00.00.0000");  ///< desa/kelurahan of the KK address
  std::vector<std::int64_t> member_ids;    ///< Person::id of every member, head included
};

/// Whether a DTKS entry is in force.
enum class DtksStatus { kActive, kInactive };

/// Template code: "AKTIF" or "NONAKTIF".
const char* DtksStatusCode(DtksStatus status);
/// Parses AKTIF/NONAKTIF (also NON AKTIF, TIDAK AKTIF; case-insensitive); nullopt otherwise.
std::optional<DtksStatus> ParseDtksStatus(std::string_view text);

/// Lowest and highest welfare decile (1 = poorest tenth).
inline constexpr int kMinDecile = 1;
inline constexpr int kMaxDecile = 10;

/// One household (and optionally one person of it) in one DTKS update round. Rounds are named as published,
/// e.g. "2024-03". Invariant: decile within [kMinDecile, kMaxDecile].
struct DtksMembership {
  std::string dtks_id;                 ///< the registry's own id (ID DTKS); "" when not given
  std::string kk;                      ///< household KK number
  std::optional<std::string> nik;      ///< member NIK; nullopt for a household-level entry
  int decile = kMaxDecile;
  std::string round;                   ///< update round (periode pemutakhiran)
  DtksStatus status = DtksStatus::kActive;
};

}  // namespace tepat::domain
