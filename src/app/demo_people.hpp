#pragma once
// Sample registry people for the demo and the dedup tests: distinct residents of two desa in Banyuwangi (35.10) and one in Bandung (32.73),
// plus three known duplicates in Banyuwangi recorded twice under another NIK (a transposed NIK, another spelling of
// Muhammad, day and month swapped with a NIK one digit off).
#include <string>
#include <utility>
#include <vector>

#include "store/registry_types.hpp"

namespace tepat::app {

/// The people to apply, every NIK distinct.
std::vector<store::PersonUpdate> DemoPeopleWithDuplicates();
/// The NIK pairs of the known duplicates (original, duplicate).
std::vector<std::pair<std::string, std::string>> DemoDuplicateNiks();

}  // namespace tepat::app
