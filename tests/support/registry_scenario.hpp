#pragma once
// A small registry for look-up tests: two households of 4 people in desa Sarongan (35.10.01.2001), one person in
// Kota Bandung (32.73.01.1001), two DTKS rounds, one program with aid for two members of the first household,
// and one later civil-registration update (person 2 deceased) that leaves history.
#include <cstdint>
#include <string>

#include "store/store.hpp"

namespace tepat::test_support {

/// What SeedRegistryScenario stored.
struct RegistryScenario {
  std::string head_nik;          ///< person 0: head of household A, DTKS decile 2 in round 2024-03 (3 in 2023-12)
  std::int64_t head_id = 0;
  std::string receiving_nik;     ///< person 1: household A, received BST-3510-2024
  std::string deceased_nik;      ///< person 2: household A, marked deceased by the second import
  std::int64_t deceased_id = 0;
  std::string other_household_nik;  ///< person 4: head of household B, no DTKS, no aid
  std::int64_t household_a_id = 0;
  std::string household_a_kk;
  std::string bandung_nik;       ///< a person in Kota Bandung (outside Banyuwangi officials' regions)
  std::int64_t bandung_id = 0;
  std::int64_t bandung_household_id = 0;
  std::string unknown_nik;       ///< a valid-looking NIK that is not in the registry
  std::string program_code;      ///< "BST-3510-2024"
};

/// Writes the scenario into `store` (migrated, empty registry). Fails the calling test on error.
RegistryScenario SeedRegistryScenario(store::Store& store);

}  // namespace tepat::test_support
