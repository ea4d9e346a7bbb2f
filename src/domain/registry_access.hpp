#pragma once
// Who may look people up in the registry, and whether they see NIK and KK numbers in clear (issue 3 item 6;
// domain: "NIK and phone numbers are shown only to the officials who need them").
#include <string>
#include <string_view>

#include "domain/role.hpp"

namespace tepat::domain {

/// How much of the registry a role sees.
enum class RegistryAccess {
  kNone,    ///< no look-ups at all (citizens)
  kMasked,  ///< everything within the account's regions, NIK and KK masked ("3510********0003")
  kFull,    ///< everything within the account's regions, NIK and KK in clear
};

/// "none", "masked", "full".
const char* RegistryAccessName(RegistryAccess access);

/// The registry access of `role`:
///  - kFull: admin, operator (walidata: imports, matching and decrees work on the numbers) and
///    supervisor_kabupaten (verifies proposals and decrees against the registry);
///  - kMasked: operator_desa (proposes neighbours and records oral complaints: confirms a NIK the citizen states,
///    needs no list of numbers), admin_pemda and pic_korwil (answer complaints: the complaint carries the NIK they
///    may see; the family's numbers stay masked);
///  - kNone: warga.
/// Every look-up is still limited to the account's regions and audited. Pure; thread-safe.
RegistryAccess RegistryAccessFor(Role role);

/// `number` (a NIK or KK) as `access` allows it to be shown: unchanged for kFull, masked otherwise. Pure.
std::string ShowIdNumber(std::string_view number, RegistryAccess access);

}  // namespace tepat::domain
