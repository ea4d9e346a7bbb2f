#pragma once
// Demo registry: a handful of people, households, DTKS rounds, programs and aid so that the look-up pages have
// something to show after `tepat demo seed` (and the browser tests something to find).
#include "domain/status.hpp"
#include "service/services.hpp"

namespace tepat::app {

/// NIK of the demo family head in desa Sarongan (35.10.01.2001), for docs and browser tests.
inline constexpr const char* kDemoHeadNik = "3510011203850001";

/// Writes the demo registry unless its first person exists already (so re-running changes nothing): three
/// households in Kabupaten Banyuwangi (two in desa Sarongan, one in Sukorejo) and one in Kota Bandung, with two
/// DTKS rounds, two programs and aid for two people; one person is later marked deceased, which leaves history.
/// The regions must be loaded. Returns the first store error.
domain::Status EnsureDemoRegistry(service::Services& services);

}  // namespace tepat::app
