#include "api/account_view.hpp"

#include "api/json_views.hpp"

namespace tepat::api {

boost::json::object AccountWithRegionNames(service::Services& services, const domain::Account& account) {
  return AccountJson(account, [&services](const domain::RegionCode& code) { return services.regions().NameOf(code); });
}

}  // namespace tepat::api
