#pragma once
// RegistryLookupService: officials look people and households up in the registry (issue 3 item 6) and complaint
// handlers ask what the registry says about a NIK (issue 5 item 4).
//
// Contract, for every method:
//  - Who: the actor's role decides with domain::RegistryAccessFor — kFull (admin, operator, supervisor_kabupaten)
//    sees NIK and KK in clear, kMasked (operator_desa, admin_pemda, pic_korwil) sees them masked
//    ("3510********0003"), kNone (warga) and guests get kPermissionDenied. Actor::System() (no account, no address:
//    the command line) has kFull access everywhere.
//  - Where: officials only see people and households whose desa lies inside one of their region scopes; admin sees
//    all regions.
//  - Audit: every search, view and description writes one audit entry BEFORE data is returned (when it cannot be
//    written the call fails with the store's error and returns nothing). Audit entries name people and households by
//    internal id or masked NIK, never a raw NIK or KK, and never the name searched for.
//  - Errors never contain a NIK or KK in clear.
// Thread-safe (holds no mutable state).
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/status.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/registry_views.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Page size of a name search when none is asked, and the largest allowed.
inline constexpr int kDefaultPeopleSearchLimit = 20;
inline constexpr int kMaxPeopleSearchLimit = 100;
/// Fewest letters of a name search.
inline constexpr std::size_t kMinNameQueryChars = 3;

/// A people search: either `nik` or `name`, not both.
struct PeopleSearchQuery {
  std::string nik;     ///< as typed: spaces, dots, dashes and a leading apostrophe are removed
  std::string name;    ///< part of the name, case-insensitive, at least kMinNameQueryChars letters
  std::string region;  ///< optional region code narrowing a name search ("" = all of the actor's regions)
  int limit = kDefaultPeopleSearchLimit;  ///< clamped to 1..kMaxPeopleSearchLimit
  int offset = 0;
};

class RegistryLookupService {
 public:
  RegistryLookupService(store::Store& store, Auditor& auditor) : store_(store), auditor_(auditor) {}

  /// Searches by NIK (exact) or by name within the actor's regions (or `query.region` inside them).
  /// A NIK that exists outside the actor's regions gives an empty result (audited as denied), exactly like an
  /// unknown NIK. Errors: kInvalidArgument naming the field `nik`, `name`, `region`, or both given / none given;
  /// kPermissionDenied for a role without registry access or a `region` outside the actor's regions.
  domain::Result<PeopleSearchResult> SearchPeople(const Actor& actor, const PeopleSearchQuery& query);

  /// One person by internal id with household, DTKS, aid and change history. kNotFound for an unknown id;
  /// kPermissionDenied when the person lives outside the actor's regions (audited as denied) or the role has no
  /// registry access.
  domain::Result<PersonDetail> OpenPerson(const Actor& actor, std::int64_t person_id);

  /// One household by internal id with members, DTKS entries and change history. kNotFound for an unknown id;
  /// kPermissionDenied when the household's desa is outside the actor's regions or the role has no access.
  domain::Result<HouseholdDetail> OpenHousehold(const Actor& actor, std::int64_t household_id);

  /// What the registry says about `nik` (raw text, normalised like a search), for a complaint handler. Never fails
  /// for an unknown NIK: standing kNotFound. A person outside the actor's regions gives kOutsideRegions with only
  /// the kabupaten/kota code. `reason` (e.g. "complaint 42", no personal data) goes into the audit entry.
  /// Errors: kInvalidArgument ("nik: ...") when the text is not 16 digits; kPermissionDenied for a role without
  /// registry access; the store's error when the registry or the audit log cannot be reached.
  domain::Result<NikSummary> DescribeNik(const Actor& actor, std::string_view nik, std::string_view reason = "");

 private:
  store::Store& store_;
  Auditor& auditor_;
};

}  // namespace tepat::service
