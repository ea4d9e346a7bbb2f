#include "service/registry_views.hpp"

#include <array>
#include <string_view>

namespace tepat::service {
namespace {

// Change-history fields whose values are identity numbers.
constexpr std::array<std::string_view, 3> kIdNumberFields = {"nik", "kk", "head_nik"};

bool IsIdNumberField(std::string_view field) {
  for (std::string_view id_field : kIdNumberFields) {
    if (field == id_field) return true;
  }
  return false;
}

}  // namespace

const char* NikStandingName(NikStanding standing) {
  switch (standing) {
    case NikStanding::kNotFound: return "not_found";
    case NikStanding::kOutsideRegions: return "outside_regions";
    case NikStanding::kFound: return "found";
  }
  return "not_found";
}

PersonSummary SummarizePerson(const domain::Person& person, domain::RegistryAccess access) {
  return PersonSummary{person.id,    domain::ShowIdNumber(person.nik, access),
                       person.name,  person.birth_date,
                       person.sex,   person.relation,
                       person.desa,  person.life.status};
}

domain::Person ShowPerson(domain::Person person, domain::RegistryAccess access) {
  person.nik = domain::ShowIdNumber(person.nik, access);
  person.kk = domain::ShowIdNumber(person.kk, access);
  return person;
}

HouseholdBrief ShowHousehold(const store::HouseholdView& view, domain::RegistryAccess access) {
  HouseholdBrief brief{view.household.id, domain::ShowIdNumber(view.household.kk, access), view.household.desa,
                       view.household.head_person_id, {}};
  for (const domain::Person& member : view.members) brief.members.push_back(SummarizePerson(member, access));
  return brief;
}

std::vector<domain::DtksMembership> ShowDtks(std::vector<domain::DtksMembership> entries,
                                             domain::RegistryAccess access) {
  for (domain::DtksMembership& entry : entries) {
    entry.kk = domain::ShowIdNumber(entry.kk, access);
    if (entry.nik) entry.nik = domain::ShowIdNumber(*entry.nik, access);
  }
  return entries;
}

std::vector<store::ChangeRecord> ShowHistory(std::vector<store::ChangeRecord> history, domain::RegistryAccess access) {
  for (store::ChangeRecord& change : history) {
    if (!IsIdNumberField(change.field)) continue;
    if (change.old_value) change.old_value = domain::ShowIdNumber(*change.old_value, access);
    if (change.new_value) change.new_value = domain::ShowIdNumber(*change.new_value, access);
  }
  return history;
}

std::vector<AidReceived> ShowAid(const std::vector<store::ReceivedAid>& aid, domain::RegistryAccess access,
                                 const std::function<std::optional<domain::Program>(const std::string&)>& program) {
  std::vector<AidReceived> shown;
  shown.reserve(aid.size());
  for (const store::ReceivedAid& entry : aid) {
    AidReceived item{entry.record, "", std::nullopt, entry.source_job_id};
    item.record.nik = domain::ShowIdNumber(entry.record.nik, access);
    if (item.record.kk) item.record.kk = domain::ShowIdNumber(*item.record.kk, access);
    if (std::optional<domain::Program> found = program(entry.record.program_code)) {
      item.program_name = found->name;
      item.program_kind = found->kind;
    }
    shown.push_back(std::move(item));
  }
  return shown;
}

}  // namespace tepat::service
