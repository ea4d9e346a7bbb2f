#pragma once
// What RegistryLookupService returns: people, households, DTKS entries, aid and history as one viewer may see
// them. Every NIK and KK in these types is already shown as the viewer's RegistryAccess allows (masked
// "3510********0003" or in clear); ids are the store's internal ids, which are safe in URLs and audit entries.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/household.hpp"
#include "domain/person.hpp"
#include "domain/program.hpp"
#include "domain/registry_access.hpp"
#include "store/registry_types.hpp"

namespace tepat::service {

/// One person in a list (search results, household members).
struct PersonSummary {
  std::int64_t id = 0;  ///< Person::id
  std::string nik;      ///< shown per access
  std::string name;
  domain::CivilDate birth_date;
  domain::Sex sex = domain::Sex::kMale;
  domain::FamilyRelation relation = domain::FamilyRelation::kOther;
  domain::RegionCode desa = *domain::RegionCode::Parse("00.00.00.0000");
  domain::LifeStatus life_status = domain::LifeStatus::kAlive;
};

/// Result of a people search.
struct PeopleSearchResult {
  std::vector<PersonSummary> people;  ///< ordered by name then NIK
  bool by_nik = false;                ///< the query was a NIK (at most one person)
  bool more = false;                  ///< another page follows (offset + limit)
  domain::RegistryAccess access = domain::RegistryAccess::kMasked;
};

/// A household with its members.
struct HouseholdBrief {
  std::int64_t id = 0;              ///< Household::id
  std::string kk;                   ///< shown per access
  domain::RegionCode desa = *domain::RegionCode::Parse("00.00.00.0000");
  std::int64_t head_person_id = 0;  ///< 0 when no head is known
  std::vector<PersonSummary> members;  ///< ordered by NIK
};

/// One recipient entry with its program's name.
struct AidReceived {
  domain::RecipientRecord record;   ///< nik and kk shown per access
  std::string program_name;         ///< "" when the program is not in the registry
  std::optional<domain::ProgramKind> program_kind;
  std::int64_t source_job_id = 0;   ///< import job that first wrote it (0: none)
};

/// Everything the registry knows about one person.
struct PersonDetail {
  domain::Person person;                      ///< nik and kk shown per access
  domain::RegistryAccess access = domain::RegistryAccess::kMasked;
  std::optional<HouseholdBrief> household;    ///< nullopt when the KK has no household row
  std::vector<domain::DtksMembership> dtks;   ///< entries naming the person and household-level entries of the KK,
                                              ///< newest round first; nik and kk shown per access
  std::vector<AidReceived> aid;               ///< ordered by period, program, stage
  std::vector<store::ChangeRecord> history;   ///< oldest first; NIK/KK values shown per access
};

/// Everything the registry knows about one household.
struct HouseholdDetail {
  HouseholdBrief household;
  domain::RegistryAccess access = domain::RegistryAccess::kMasked;
  std::vector<domain::DtksMembership> dtks;   ///< the KK's entries (household and members), newest round first
  std::vector<store::ChangeRecord> history;   ///< oldest first; NIK/KK values shown per access
};

/// Where a NIK stands in the registry, for DescribeNik.
enum class NikStanding {
  kNotFound,        ///< no person with this NIK
  kOutsideRegions,  ///< a person exists but lives outside the viewer's regions: only the kabupaten is told
  kFound,           ///< found within the viewer's regions: every field of NikSummary is filled
};
/// "not_found", "outside_regions", "found".
const char* NikStandingName(NikStanding standing);

/// Another member of the household and the aid recorded for them.
struct FamilyMemberAid {
  PersonSummary member;
  std::vector<AidReceived> aid;  ///< never empty
};

/// What the registry says about one NIK, to answer a complaint ("tidak menerima padahal terdaftar"): found?, alive,
/// household, DTKS with decile and round, programs received, family members receiving.
struct NikSummary {
  NikStanding standing = NikStanding::kNotFound;
  std::string nik;                            ///< the asked NIK (normalised), shown per access
  domain::RegistryAccess access = domain::RegistryAccess::kMasked;
  /// kOutsideRegions only: the kabupaten/kota where the person is registered (4-digit code).
  std::optional<domain::RegionCode> registered_kabupaten;
  // --- kFound only ---
  std::optional<PersonSummary> person;
  domain::LifeStatusRecord life;              ///< alive / deceased / moved with date and source
  std::optional<HouseholdBrief> household;    ///< nullopt when the KK has no household row
  /// Newest DTKS entry naming the person, else the household's newest; nullopt when not in DTKS.
  std::optional<domain::DtksMembership> latest_dtks;
  std::vector<AidReceived> aid;               ///< aid recorded for this NIK
  std::vector<FamilyMemberAid> family_receiving;  ///< other household members with recorded aid
};

// --- pure shaping helpers (used by RegistryLookupService; tested in registry_views_test.cpp) ---------------------

/// `person` as a list entry, NIK shown per `access`.
PersonSummary SummarizePerson(const domain::Person& person, domain::RegistryAccess access);
/// `person` with NIK and KK shown per `access`.
domain::Person ShowPerson(domain::Person person, domain::RegistryAccess access);
/// `view` as a household brief with KK and members' NIKs shown per `access`.
HouseholdBrief ShowHousehold(const store::HouseholdView& view, domain::RegistryAccess access);
/// `entries` with KK and NIK shown per `access`, in the same order.
std::vector<domain::DtksMembership> ShowDtks(std::vector<domain::DtksMembership> entries,
                                             domain::RegistryAccess access);
/// `history` with the values of identity-number fields (nik, kk, head_nik) shown per `access`.
std::vector<store::ChangeRecord> ShowHistory(std::vector<store::ChangeRecord> history, domain::RegistryAccess access);
/// `aid` with NIK and KK shown per `access`; `program` looks a program up by code (nullopt when unknown).
std::vector<AidReceived> ShowAid(const std::vector<store::ReceivedAid>& aid, domain::RegistryAccess access,
                                 const std::function<std::optional<domain::Program>(const std::string&)>& program);

}  // namespace tepat::service
