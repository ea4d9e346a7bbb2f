#include "service/registry_lookup_service.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "domain/id_number.hpp"

namespace tepat::service {
namespace {

using domain::RegistryAccess;

constexpr const char* kSearchAction = "registry.search";
constexpr const char* kViewPersonAction = "registry.person.view";
constexpr const char* kViewHouseholdAction = "registry.household.view";
constexpr const char* kDescribeAction = "registry.nik.describe";
constexpr const char* kNoAccessMessage = "Your role may not look people up in the registry.";

// The actor's access: System() (command line) is full; guests and citizens none.
RegistryAccess AccessOf(const Actor& actor) {
  if (!actor.account) return actor.client_address.empty() ? RegistryAccess::kFull : RegistryAccess::kNone;
  return domain::RegistryAccessFor(actor.account->role);
}

bool Covers(const Actor& actor, const domain::RegionCode& region) {
  return !actor.account || domain::AccountCoversRegion(*actor.account, region);
}

// True for the command line and for accounts that see every region (admin).
bool SeesEverywhere(const Actor& actor) {
  return !actor.account || actor.account->role == domain::Role::kAdmin;
}

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

domain::Result<std::string> NormalizeNik(std::string_view raw) {
  domain::IdNormalization normal = domain::NormalizeIdNumber(raw, "NIK");
  if (normal.error) return domain::InvalidArgument("nik: " + normal.error->message_en);
  return normal.digits;
}

// Newest round first; within a round person entries before household-level ones.
void SortNewestFirst(std::vector<domain::DtksMembership>& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    if (a.round != b.round) return a.round > b.round;
    return a.nik.has_value() && !b.nik.has_value();
  });
}

// Program look-up by code, cached for one call.
class ProgramNames {
 public:
  explicit ProgramNames(store::Store& store) : store_(store) {}
  std::optional<domain::Program> operator()(const std::string& code) {
    auto it = cache_.find(code);
    if (it == cache_.end()) {
      auto found = store_.FindProgram(code);
      it = cache_.emplace(code, found.ok() ? found.value() : std::nullopt).first;
    }
    return it->second;
  }

 private:
  store::Store& store_;
  std::map<std::string, std::optional<domain::Program>> cache_;
};

// The regions a name search runs over: nullopt = everywhere (admin without a region); an empty list = none of
// the actor's regions lie in `region_text`.
domain::Result<std::optional<std::vector<domain::RegionCode>>> SearchRegions(const Actor& actor,
                                                                             const std::string& region_text) {
  std::optional<domain::RegionCode> region;
  if (!region_text.empty()) {
    region = domain::RegionCode::Parse(region_text);
    if (!region) return domain::InvalidArgument("region: use an official region code like 35.10 or 3510");
  }
  if (SeesEverywhere(actor)) {
    if (!region) return std::optional<std::vector<domain::RegionCode>>();
    return std::optional<std::vector<domain::RegionCode>>(std::vector<domain::RegionCode>{*region});
  }
  const std::vector<domain::RegionCode>& scopes = actor.account->scopes;
  if (!region) return std::optional<std::vector<domain::RegionCode>>(scopes);
  if (Covers(actor, *region)) {
    return std::optional<std::vector<domain::RegionCode>>(std::vector<domain::RegionCode>{*region});
  }
  std::vector<domain::RegionCode> inside;
  std::copy_if(scopes.begin(), scopes.end(), std::back_inserter(inside),
               [&](const domain::RegionCode& scope) { return region->Contains(scope); });
  if (inside.empty()) {
    return domain::PermissionDenied("region: " + region->Dotted() + " is outside the regions assigned to you");
  }
  return std::optional<std::vector<domain::RegionCode>>(std::move(inside));
}

}  // namespace

domain::Result<PeopleSearchResult> RegistryLookupService::SearchPeople(const Actor& actor,
                                                                       const PeopleSearchQuery& query) {
  const RegistryAccess access = AccessOf(actor);
  if (access == RegistryAccess::kNone) return domain::PermissionDenied(kNoAccessMessage);
  const std::string nik_text = Trim(query.nik);
  const std::string name = Trim(query.name);
  if (!nik_text.empty() && !name.empty()) {
    return domain::InvalidArgument("nik, name: search by NIK or by name, not both at once");
  }
  if (nik_text.empty() && name.empty()) return domain::InvalidArgument("nik, name: type a NIK or part of a name");
  PeopleSearchResult result;
  result.access = access;

  if (!nik_text.empty()) {
    auto nik = NormalizeNik(nik_text);
    if (!nik.ok()) return nik.status();
    result.by_nik = true;
    auto found = store_.FindPersonByNik(nik.value());
    if (!found.ok()) return found.status();
    const std::string masked = domain::MaskNik(nik.value());
    domain::AuditOutcome outcome = domain::AuditOutcome::kSuccess;
    std::string detail = "nik " + masked + ": not found";
    AuditObject object{"person", masked};
    if (found.value()) {
      object.id = std::to_string(found.value()->id);
      if (Covers(actor, found.value()->desa)) {
        detail = "nik " + masked + ": found";
        result.people.push_back(SummarizePerson(*found.value(), access));
      } else {
        outcome = domain::AuditOutcome::kDenied;
        detail = "nik " + masked + ": outside the actor's regions";
      }
    }
    if (auto audited = auditor_.Record(actor, kSearchAction, object, outcome, detail); !audited.ok()) return audited;
    return result;
  }

  if (name.size() < kMinNameQueryChars) return domain::InvalidArgument("name: type at least 3 letters of the name");
  auto regions = SearchRegions(actor, Trim(query.region));
  if (!regions.ok()) {
    (void)auditor_.Record(actor, kSearchAction, {"person", ""}, domain::AuditOutcome::kDenied,
                          "by name: " + regions.status().message());
    return regions.status();
  }
  const int limit = std::clamp(query.limit, 1, kMaxPeopleSearchLimit);
  const int offset = std::max(query.offset, 0);
  auto people = regions.value() ? store_.SearchPeople(name, *regions.value(), limit + 1, offset)
                                : store_.SearchAllPeople(name, limit + 1, offset);
  if (!people.ok()) return people.status();
  result.more = static_cast<int>(people.value().size()) > limit;
  if (result.more) people.value().resize(limit);
  for (const domain::Person& person : people.value()) result.people.push_back(SummarizePerson(person, access));
  std::string where = regions.value() ? "" : " in all regions";
  if (regions.value()) {
    for (const domain::RegionCode& region : *regions.value()) where += (where.empty() ? " in " : ", ") + region.Dotted();
  }
  auto audited = auditor_.Record(actor, kSearchAction, {"person", ""}, domain::AuditOutcome::kSuccess,
                                 "by name" + where + ": " + std::to_string(result.people.size()) + " shown from " +
                                     std::to_string(offset));
  if (!audited.ok()) return audited;
  return result;
}

domain::Result<PersonDetail> RegistryLookupService::OpenPerson(const Actor& actor, std::int64_t person_id) {
  const RegistryAccess access = AccessOf(actor);
  if (access == RegistryAccess::kNone) return domain::PermissionDenied(kNoAccessMessage);
  const AuditObject object{"person", std::to_string(person_id)};
  auto found = store_.GetPerson(person_id);
  if (!found.ok()) return found.status();
  if (!found.value()) {
    if (auto audited = auditor_.Record(actor, kViewPersonAction, object, domain::AuditOutcome::kFailed, "not found");
        !audited.ok()) {
      return audited;
    }
    return domain::NotFound("There is no person with id " + object.id + " in the registry.");
  }
  const domain::Person& person = *found.value();
  if (!Covers(actor, person.desa)) {
    (void)auditor_.Record(actor, kViewPersonAction, object, domain::AuditOutcome::kDenied, "outside regions");
    return domain::PermissionDenied("This person lives outside the regions assigned to you.");
  }

  PersonDetail detail;
  detail.access = access;
  auto household = store_.FindHousehold(person.kk);
  if (!household.ok()) return household.status();
  if (household.value()) detail.household = ShowHousehold(*household.value(), access);
  auto own_dtks = store_.ListDtksOfPerson(person.nik);
  if (!own_dtks.ok()) return own_dtks.status();
  auto household_dtks = store_.ListDtksOfHousehold(person.kk);
  if (!household_dtks.ok()) return household_dtks.status();
  std::vector<domain::DtksMembership> dtks = std::move(own_dtks).value();
  for (domain::DtksMembership& entry : household_dtks.value()) {
    if (!entry.nik) dtks.push_back(std::move(entry));
  }
  SortNewestFirst(dtks);
  detail.dtks = ShowDtks(std::move(dtks), access);
  auto aid = store_.ListAidOfPerson(person.nik);
  if (!aid.ok()) return aid.status();
  detail.aid = ShowAid(aid.value(), access, ProgramNames(store_));
  auto history = store_.ListHistory(store::RegistryEntity::kPerson, person.id);
  if (!history.ok()) return history.status();
  detail.history = ShowHistory(std::move(history).value(), access);
  detail.person = ShowPerson(person, access);

  if (auto audited = auditor_.Record(actor, kViewPersonAction, object, domain::AuditOutcome::kSuccess,
                                     std::string("nik shown ") + domain::RegistryAccessName(access));
      !audited.ok()) {
    return audited;
  }
  return detail;
}

domain::Result<HouseholdDetail> RegistryLookupService::OpenHousehold(const Actor& actor, std::int64_t household_id) {
  const RegistryAccess access = AccessOf(actor);
  if (access == RegistryAccess::kNone) return domain::PermissionDenied(kNoAccessMessage);
  const AuditObject object{"household", std::to_string(household_id)};
  auto found = store_.GetHousehold(household_id);
  if (!found.ok()) return found.status();
  if (!found.value()) {
    if (auto audited =
            auditor_.Record(actor, kViewHouseholdAction, object, domain::AuditOutcome::kFailed, "not found");
        !audited.ok()) {
      return audited;
    }
    return domain::NotFound("There is no household with id " + object.id + " in the registry.");
  }
  const store::HouseholdView& view = *found.value();
  if (!Covers(actor, view.household.desa)) {
    (void)auditor_.Record(actor, kViewHouseholdAction, object, domain::AuditOutcome::kDenied, "outside regions");
    return domain::PermissionDenied("This household lives outside the regions assigned to you.");
  }
  HouseholdDetail detail;
  detail.access = access;
  detail.household = ShowHousehold(view, access);
  auto dtks = store_.ListDtksOfHousehold(view.household.kk);
  if (!dtks.ok()) return dtks.status();
  SortNewestFirst(dtks.value());
  detail.dtks = ShowDtks(std::move(dtks).value(), access);
  auto history = store_.ListHistory(store::RegistryEntity::kHousehold, view.household.id);
  if (!history.ok()) return history.status();
  detail.history = ShowHistory(std::move(history).value(), access);
  if (auto audited = auditor_.Record(actor, kViewHouseholdAction, object, domain::AuditOutcome::kSuccess,
                                     std::string("nik shown ") + domain::RegistryAccessName(access));
      !audited.ok()) {
    return audited;
  }
  return detail;
}

domain::Result<NikSummary> RegistryLookupService::DescribeNik(const Actor& actor, std::string_view nik_text,
                                                              std::string_view reason) {
  const RegistryAccess access = AccessOf(actor);
  if (access == RegistryAccess::kNone) return domain::PermissionDenied(kNoAccessMessage);
  auto nik = NormalizeNik(nik_text);
  if (!nik.ok()) return nik.status();
  NikSummary summary;
  summary.access = access;
  summary.nik = domain::ShowIdNumber(nik.value(), access);
  const std::string masked = domain::MaskNik(nik.value());
  const std::string why = reason.empty() ? "" : " (" + std::string(reason) + ")";

  auto found = store_.FindPersonByNik(nik.value());
  if (!found.ok()) return found.status();
  if (!found.value()) {
    if (auto audited = auditor_.Record(actor, kDescribeAction, {"person", masked}, domain::AuditOutcome::kSuccess,
                                       "not found" + why);
        !audited.ok()) {
      return audited;
    }
    return summary;
  }
  const domain::Person& person = *found.value();
  const AuditObject object{"person", std::to_string(person.id)};
  if (!Covers(actor, person.desa)) {
    summary.standing = NikStanding::kOutsideRegions;
    summary.registered_kabupaten = domain::RegionCode::Parse(person.desa.compact().substr(0, 4));
    if (auto audited =
            auditor_.Record(actor, kDescribeAction, object, domain::AuditOutcome::kDenied, "outside regions" + why);
        !audited.ok()) {
      return audited;
    }
    return summary;
  }

  summary.standing = NikStanding::kFound;
  summary.person = SummarizePerson(person, access);
  summary.life = person.life;
  ProgramNames programs(store_);
  auto household = store_.FindHousehold(person.kk);
  if (!household.ok()) return household.status();
  if (household.value()) {
    summary.household = ShowHousehold(*household.value(), access);
    for (const domain::Person& member : household.value()->members) {
      if (member.id == person.id) continue;
      auto member_aid = store_.ListAidOfPerson(member.nik);
      if (!member_aid.ok()) return member_aid.status();
      if (member_aid.value().empty()) continue;
      summary.family_receiving.push_back({SummarizePerson(member, access), ShowAid(member_aid.value(), access, std::ref(programs))});
    }
  }
  auto own_dtks = store_.ListDtksOfPerson(person.nik);
  if (!own_dtks.ok()) return own_dtks.status();
  if (!own_dtks.value().empty()) {
    summary.latest_dtks = ShowDtks({own_dtks.value().front()}, access).front();
  } else {
    auto household_dtks = store_.ListDtksOfHousehold(person.kk);
    if (!household_dtks.ok()) return household_dtks.status();
    if (!household_dtks.value().empty()) summary.latest_dtks = ShowDtks({household_dtks.value().front()}, access).front();
  }
  auto aid = store_.ListAidOfPerson(person.nik);
  if (!aid.ok()) return aid.status();
  summary.aid = ShowAid(aid.value(), access, std::ref(programs));
  if (auto audited = auditor_.Record(actor, kDescribeAction, object, domain::AuditOutcome::kSuccess,
                                     std::string("found, nik shown ") + domain::RegistryAccessName(access) + why);
      !audited.ok()) {
    return audited;
  }
  return summary;
}

}  // namespace tepat::service
