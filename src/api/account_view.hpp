#pragma once
// The account body shared by login, register, /me and the accounts resource.
#include <boost/json.hpp>

#include "domain/account.hpp"
#include "service/services.hpp"

namespace tepat::api {

/// AccountJson with each scope's region name looked up in the store ("" when unknown).
boost::json::object AccountWithRegionNames(service::Services& services, const domain::Account& account);

}  // namespace tepat::api
