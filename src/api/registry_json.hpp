#pragma once
// JSON views of the registry look-ups (people, households, DTKS, aid, history, NIK summaries) as the API returns
// them. Identity numbers arrive already shown per the viewer's access (see service/registry_views.hpp); these
// functions add nothing personal. `region_name` resolves a desa code to its name ("" when unknown).
#include <boost/json.hpp>
#include <functional>
#include <string>

#include "domain/region_code.hpp"
#include "domain/program.hpp"
#include "service/complaint_registry_service.hpp"
#include "service/region_service.hpp"
#include "service/registry_views.hpp"

namespace tepat::api {

using RegionNamer = std::function<std::string(const domain::RegionCode&)>;

/// A RegionNamer over `regions` (which must outlive it).
RegionNamer NamerOf(service::RegionService& regions);

/// {"id","nik","name","birth_date":"1980-01-31","sex":"L","relation":"KEPALA KELUARGA",
///  "desa":{"code":"35.10.01.2001","name":"Sarongan"},"life_status":"HIDUP"}
boost::json::object PersonSummaryJson(const service::PersonSummary& person, const RegionNamer& region_name);
/// {"people":[PersonSummaryJson...],"by_nik","more","nik_masked"}
boost::json::object PeopleSearchJson(const service::PeopleSearchResult& result, const RegionNamer& region_name);
/// {"person":{...summary, "kk","birth_place","religion","address","rt","rw",
///             "life":{"status","since","source"}},
///  "nik_masked", "household":{HouseholdJson}|null, "dtks":[DtksJson], "aid":[AidJson], "history":[ChangeJson]}
boost::json::object PersonDetailJson(const service::PersonDetail& detail, const RegionNamer& region_name);
/// {"household":{"id","kk","desa":{...},"head_person_id","members":[PersonSummaryJson]},"nik_masked",
///  "dtks":[...],"history":[...]}
boost::json::object HouseholdDetailJson(const service::HouseholdDetail& detail, const RegionNamer& region_name);
/// {"standing":"found|not_found|outside_regions","nik","nik_masked","registered_kabupaten":"32.73"|null,
///  "person":PersonSummaryJson|null,"life":{...}|null,"household":{...}|null,"latest_dtks":DtksJson|null,
///  "aid":[AidJson],"family_receiving":[{"member":PersonSummaryJson,"aid":[AidJson]}]}
/// For the complaints API ("answering from the data").
boost::json::object NikSummaryJson(const service::NikSummary& summary, const RegionNamer& region_name);
/// {"complaint_id","nik_masked","niks":[NikSummaryJson + "role":"reporter|beneficiary",
///  "screenings":[{"run_id","job_id","program_code","program_name","period","list_name","screened_at","line",
///                 "name","verdict","reasons":["MENINGGAL"...],"details"}]]}
boost::json::object ComplaintRegistryJson(const service::ComplaintRegistryAnswer& answer,
                                          const RegionNamer& region_name);
/// {"id","code","name","kind","funding","agency","region":"35.10","region_name","starts","ends"|null}
boost::json::object ProgramJson(const domain::Program& program, const RegionNamer& region_name);

}  // namespace tepat::api
