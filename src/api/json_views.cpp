#include "api/json_views.hpp"

#include <ctime>

namespace tepat::api {

boost::json::object RegionJson(const domain::Region& region) {
  boost::json::object o;
  o["code"] = region.code.Dotted();
  o["name"] = region.name;
  o["level"] = domain::RegionLevelName(region.code.level());
  if (region.parent) o["parent"] = region.parent->Dotted();
  return o;
}

boost::json::array RegionsJson(const std::vector<domain::Region>& regions) {
  boost::json::array out;
  out.reserve(regions.size());
  for (const auto& r : regions) out.push_back(RegionJson(r));
  return out;
}

boost::json::object AccountJson(const domain::Account& account,
                                const std::function<std::string(const domain::RegionCode&)>& region_name) {
  boost::json::object o;
  o["id"] = account.id;
  o["email"] = account.email;
  o["display_name"] = account.display_name;
  o["role"] = std::string(domain::RoleName(account.role));
  boost::json::array scopes;
  for (const auto& code : account.scopes) {
    scopes.push_back(boost::json::object{{"code", code.Dotted()}, {"name", region_name(code)}});
  }
  o["scopes"] = std::move(scopes);
  o["disabled"] = account.disabled;
  return o;
}

std::string IsoUtc(domain::UnixSeconds at) {
  std::time_t t = static_cast<std::time_t>(at);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

boost::json::object AuditJson(const domain::AuditEntry& e) {
  return boost::json::object{{"id", e.id},
                             {"at", IsoUtc(e.at)},
                             {"actor_label", e.actor_label},
                             {"action", e.action},
                             {"object_type", e.object_type},
                             {"object_id", e.object_id},
                             {"client_address", e.client_address},
                             {"outcome", domain::AuditOutcomeName(e.outcome)},
                             {"detail", e.detail}};
}

}  // namespace tepat::api
