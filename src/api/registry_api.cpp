// /api/people and /api/households: registry look-ups for officials. A NIK travels only in a POST body; paths carry
// internal ids. Masking, region scope and the audit entry of every look-up are the service's (RegistryLookupService).
#include "api/api_response.hpp"
#include "api/registry_json.hpp"
#include "api/request_params.hpp"
#include "api/routes.hpp"

namespace tepat::api {
namespace {

// Reads an optional whole-number member; false (and `*error` set) when it is present but not a whole number.
bool IntField(ApiContext& ctx, const boost::json::object& body, std::string_view key, int* out,
              http::Response* error) {
  auto it = body.find(key);
  if (it == body.end() || it->value().is_null()) return true;
  if (!it->value().is_int64() || it->value().as_int64() < 0 || it->value().as_int64() > INT32_MAX) {
    *error = ErrorResponse(ctx, domain::InvalidArgument(std::string(key) + ": send a whole number of 0 or more"));
    return false;
  }
  *out = static_cast<int>(it->value().as_int64());
  return true;
}

http::Response SearchPeople(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto body = ParseJsonObject(ctx, &error);
  if (!body) return error;
  service::PeopleSearchQuery query{StringField(*body, "nik"), StringField(*body, "name"),
                                   StringField(*body, "region")};
  if (!IntField(ctx, *body, "limit", &query.limit, &error) || !IntField(ctx, *body, "offset", &query.offset, &error)) {
    return error;
  }
  auto found = deps.services.registry_lookup().SearchPeople(ctx.actor, query);
  if (!found.ok()) return ErrorResponse(ctx, found.status());
  return JsonResponse(ctx, http::Status::ok, PeopleSearchJson(found.value(), NamerOf(deps.services.regions())));
}

http::Response GetPerson(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto detail = deps.services.registry_lookup().OpenPerson(ctx.actor, *id);
  if (!detail.ok()) return ErrorResponse(ctx, detail.status());
  return JsonResponse(ctx, http::Status::ok, PersonDetailJson(detail.value(), NamerOf(deps.services.regions())));
}

http::Response GetHousehold(ApiContext& ctx, ApiDependencies& deps) {
  http::Response error;
  auto id = PathId(ctx, "id", &error);
  if (!id) return error;
  auto detail = deps.services.registry_lookup().OpenHousehold(ctx.actor, *id);
  if (!detail.ok()) return ErrorResponse(ctx, detail.status());
  return JsonResponse(ctx, http::Status::ok, HouseholdDetailJson(detail.value(), NamerOf(deps.services.regions())));
}

}  // namespace

void AddRegistryRoutes(std::vector<ApiRoute>& routes, ApiDependencies& deps) {
  using domain::Role;
  // Roles with registry access (domain::RegistryAccessFor != kNone); the service checks regions and masks.
  const AccessRule officials = AccessRule::Roles({Role::kAdmin, Role::kOperator, Role::kOperatorDesa,
                                                  Role::kSupervisorKabupaten, Role::kAdminPemda, Role::kPicKorwil});
  routes.push_back({http::Verb::post, "/api/people/search", officials,
                    [&deps](ApiContext& ctx) { return SearchPeople(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/people/{id}", officials,
                    [&deps](ApiContext& ctx) { return GetPerson(ctx, deps); }});
  routes.push_back({http::Verb::get, "/api/households/{id}", officials,
                    [&deps](ApiContext& ctx) { return GetHousehold(ctx, deps); }});
}

}  // namespace tepat::api
