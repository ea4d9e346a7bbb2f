#pragma once
// JSON views of domain objects as the API returns them. Personal data is never included here unless the
// caller passes an already-masked value.
#include <boost/json.hpp>
#include <vector>

#include "domain/account.hpp"
#include "domain/audit_entry.hpp"
#include "domain/region.hpp"

namespace tepat::api {

/// {"code":"35.10","name":"...","level":"kabupaten_kota","parent":"35"}
boost::json::object RegionJson(const domain::Region& region);
boost::json::array RegionsJson(const std::vector<domain::Region>& regions);
/// {"id","email","display_name","role","scopes":[{"code","name"}],"disabled"}. `region_names` resolves scope names.
boost::json::object AccountJson(const domain::Account& account,
                                const std::function<std::string(const domain::RegionCode&)>& region_name);
/// {"id","at":"2026-11-23T05:59:06Z","actor_label","action","object_type","object_id","client_address","outcome","detail"}
boost::json::object AuditJson(const domain::AuditEntry& entry);
/// ISO 8601 UTC text of a Unix time.
std::string IsoUtc(domain::UnixSeconds at);

}  // namespace tepat::api
