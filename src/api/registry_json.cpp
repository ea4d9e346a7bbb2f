#include "api/registry_json.hpp"

#include "api/json_views.hpp"

namespace tepat::api {
namespace {

boost::json::object RegionRef(const domain::RegionCode& code, const RegionNamer& region_name) {
  return {{"code", code.Dotted()}, {"name", region_name(code)}};
}

boost::json::value OptionalDate(const std::optional<domain::CivilDate>& date) {
  if (!date) return nullptr;
  return boost::json::string(date->Iso());
}

boost::json::object LifeJson(const domain::LifeStatusRecord& life) {
  return {{"status", domain::LifeStatusCode(life.status)},
          {"since", OptionalDate(life.since)},
          {"source", life.source}};
}

boost::json::object DtksJson(const domain::DtksMembership& entry) {
  boost::json::object o;
  o["dtks_id"] = entry.dtks_id;
  o["kk"] = entry.kk;
  o["nik"] = entry.nik ? boost::json::value(*entry.nik) : boost::json::value(nullptr);
  o["decile"] = entry.decile;
  o["round"] = entry.round;
  o["status"] = domain::DtksStatusCode(entry.status);
  return o;
}

boost::json::array DtksListJson(const std::vector<domain::DtksMembership>& entries) {
  boost::json::array out;
  for (const auto& entry : entries) out.push_back(DtksJson(entry));
  return out;
}

boost::json::object AidJson(const service::AidReceived& aid, const RegionNamer& region_name) {
  const domain::RecipientRecord& r = aid.record;
  boost::json::object o;
  o["program_code"] = r.program_code;
  o["program_name"] = aid.program_name;
  o["program_kind"] = aid.program_kind ? boost::json::value(domain::ProgramKindCode(*aid.program_kind))
                                       : boost::json::value(nullptr);
  o["period"] = r.period;
  o["stage"] = domain::RecipientStageCode(r.stage);
  o["name"] = r.name;
  o["desa"] = RegionRef(r.desa, region_name);
  o["amount_rupiah"] = r.amount_rupiah ? boost::json::value(*r.amount_rupiah) : boost::json::value(nullptr);
  o["goods"] = r.goods;
  o["received_on"] = OptionalDate(r.received_on);
  o["decree_number"] = r.decree_number;
  return o;
}

boost::json::array AidListJson(const std::vector<service::AidReceived>& aid, const RegionNamer& region_name) {
  boost::json::array out;
  for (const auto& entry : aid) out.push_back(AidJson(entry, region_name));
  return out;
}

boost::json::array HistoryJson(const std::vector<store::ChangeRecord>& history) {
  boost::json::array out;
  for (const store::ChangeRecord& change : history) {
    boost::json::object o;
    o["id"] = change.id;
    o["entity"] = store::RegistryEntityCode(change.entity);
    o["field"] = change.field;
    o["old_value"] = change.old_value ? boost::json::value(*change.old_value) : boost::json::value(nullptr);
    o["new_value"] = change.new_value ? boost::json::value(*change.new_value) : boost::json::value(nullptr);
    o["job_id"] = change.job_id;
    o["user_id"] = change.user_id;
    o["at"] = IsoUtc(change.at);
    out.push_back(std::move(o));
  }
  return out;
}

boost::json::object HouseholdJson(const service::HouseholdBrief& household, const RegionNamer& region_name) {
  boost::json::array members;
  for (const auto& member : household.members) members.push_back(PersonSummaryJson(member, region_name));
  return {{"id", household.id},
          {"kk", household.kk},
          {"desa", RegionRef(household.desa, region_name)},
          {"head_person_id", household.head_person_id},
          {"members", std::move(members)}};
}

boost::json::value OptionalHouseholdJson(const std::optional<service::HouseholdBrief>& household,
                                         const RegionNamer& region_name) {
  if (!household) return nullptr;
  return HouseholdJson(*household, region_name);
}

bool Masked(domain::RegistryAccess access) { return access != domain::RegistryAccess::kFull; }

}  // namespace

boost::json::object PersonSummaryJson(const service::PersonSummary& person, const RegionNamer& region_name) {
  return {{"id", person.id},
          {"nik", person.nik},
          {"name", person.name},
          {"birth_date", person.birth_date.Iso()},
          {"sex", domain::SexCode(person.sex)},
          {"relation", domain::FamilyRelationCode(person.relation)},
          {"desa", RegionRef(person.desa, region_name)},
          {"life_status", domain::LifeStatusCode(person.life_status)}};
}

boost::json::object PeopleSearchJson(const service::PeopleSearchResult& result, const RegionNamer& region_name) {
  boost::json::array people;
  for (const auto& person : result.people) people.push_back(PersonSummaryJson(person, region_name));
  return {{"people", std::move(people)},
          {"by_nik", result.by_nik},
          {"more", result.more},
          {"nik_masked", Masked(result.access)}};
}

boost::json::object PersonDetailJson(const service::PersonDetail& detail, const RegionNamer& region_name) {
  const domain::Person& p = detail.person;
  boost::json::object person = PersonSummaryJson(service::SummarizePerson(p, domain::RegistryAccess::kFull),
                                                 region_name);  // nik already shown per access
  person["kk"] = p.kk;
  person["birth_place"] = p.birth_place;
  person["religion"] = p.religion ? boost::json::value(*p.religion) : boost::json::value(nullptr);
  person["address"] = p.address;
  person["rt"] = p.rt;
  person["rw"] = p.rw;
  person["life"] = LifeJson(p.life);
  return {{"person", std::move(person)},
          {"nik_masked", Masked(detail.access)},
          {"household", OptionalHouseholdJson(detail.household, region_name)},
          {"dtks", DtksListJson(detail.dtks)},
          {"aid", AidListJson(detail.aid, region_name)},
          {"history", HistoryJson(detail.history)}};
}

boost::json::object HouseholdDetailJson(const service::HouseholdDetail& detail, const RegionNamer& region_name) {
  return {{"household", HouseholdJson(detail.household, region_name)},
          {"nik_masked", Masked(detail.access)},
          {"dtks", DtksListJson(detail.dtks)},
          {"history", HistoryJson(detail.history)}};
}

boost::json::object NikSummaryJson(const service::NikSummary& summary, const RegionNamer& region_name) {
  const bool found = summary.standing == service::NikStanding::kFound;
  boost::json::array family;
  for (const auto& member : summary.family_receiving) {
    family.push_back(boost::json::object{{"member", PersonSummaryJson(member.member, region_name)},
                                         {"aid", AidListJson(member.aid, region_name)}});
  }
  boost::json::object o;
  o["standing"] = service::NikStandingName(summary.standing);
  o["nik"] = summary.nik;
  o["nik_masked"] = Masked(summary.access);
  o["registered_kabupaten"] = summary.registered_kabupaten
                                  ? boost::json::value(summary.registered_kabupaten->Dotted())
                                  : boost::json::value(nullptr);
  o["person"] = summary.person ? boost::json::value(PersonSummaryJson(*summary.person, region_name))
                               : boost::json::value(nullptr);
  o["life"] = found ? boost::json::value(LifeJson(summary.life)) : boost::json::value(nullptr);
  o["household"] = OptionalHouseholdJson(summary.household, region_name);
  o["latest_dtks"] = summary.latest_dtks ? boost::json::value(DtksJson(*summary.latest_dtks))
                                         : boost::json::value(nullptr);
  o["aid"] = AidListJson(summary.aid, region_name);
  o["family_receiving"] = std::move(family);
  return o;
}

boost::json::object ComplaintRegistryJson(const service::ComplaintRegistryAnswer& answer,
                                          const RegionNamer& region_name) {
  boost::json::array niks;
  for (const service::ComplaintNikAnswer& entry : answer.niks) {
    boost::json::object o = NikSummaryJson(entry.summary, region_name);
    o["role"] = service::ComplaintNikRoleName(entry.role);
    boost::json::array screenings;
    for (const service::ScreeningMention& m : entry.screenings) {
      screenings.push_back(boost::json::object{{"run_id", m.run_id},
                                               {"job_id", m.job_id},
                                               {"program_code", m.program_code},
                                               {"program_name", m.program_name},
                                               {"period", m.period},
                                               {"list_name", m.list_name},
                                               {"screened_at", IsoUtc(m.screened_at)},
                                               {"line", m.line},
                                               {"name", m.name},
                                               {"verdict", m.verdict},
                                               {"reasons", boost::json::array(m.reasons.begin(), m.reasons.end())},
                                               {"details", m.details}});
    }
    o["screenings"] = std::move(screenings);
    niks.push_back(std::move(o));
  }
  return boost::json::object{{"complaint_id", answer.complaint_id},
                             {"nik_masked", Masked(answer.access)},
                             {"niks", std::move(niks)}};
}

RegionNamer NamerOf(service::RegionService& regions) {
  return [&regions](const domain::RegionCode& code) { return regions.NameOf(code); };
}

boost::json::object ProgramJson(const domain::Program& program, const RegionNamer& region_name) {
  return boost::json::object{{"id", program.id},
                             {"code", program.code},
                             {"name", program.name},
                             {"kind", domain::ProgramKindCode(program.kind)},
                             {"funding", domain::FundingSourceCode(program.funding)},
                             {"agency", program.agency},
                             {"region", program.region.Dotted()},
                             {"region_name", region_name(program.region)},
                             {"starts", program.starts.Iso()},
                             {"ends", OptionalDate(program.ends)}};
}

}  // namespace tepat::api
