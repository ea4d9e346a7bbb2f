#include "http/router.hpp"

#include <gtest/gtest.h>

namespace tepat::http {
namespace {

Handler Named(std::string name) {
  return [name](RequestContext& ctx) { return MakeResponse(ctx.request, Status::ok, "text/plain", name); };
}

TEST(RouterTest, MatchesLiteralAndParameterSegments) {
  Router router;
  router.Add(Verb::get, "/api/regions", Named("list"));
  router.Add(Verb::get, "/api/regions/{code}", Named("one"));
  RouteLookup lookup = router.Find(Verb::get, "/api/regions/32.73");
  ASSERT_NE(lookup.route, nullptr);
  EXPECT_EQ(lookup.route->pattern, "/api/regions/{code}");
  EXPECT_EQ(lookup.params.at("code"), "32.73");
  EXPECT_EQ(router.Find(Verb::get, "/api/regions").route->pattern, "/api/regions");
}

TEST(RouterTest, LiteralBeatsParameter) {
  Router router;
  router.Add(Verb::get, "/api/things/{id}", Named("param"));
  router.Add(Verb::get, "/api/things/special", Named("literal"));
  EXPECT_EQ(router.Find(Verb::get, "/api/things/special").route->pattern, "/api/things/special");
  EXPECT_EQ(router.Find(Verb::get, "/api/things/7").route->pattern, "/api/things/{id}");
}

TEST(RouterTest, ReportsOtherMethodsForKnownPath) {
  Router router;
  router.Add(Verb::get, "/api/accounts", Named("list"));
  router.Add(Verb::post, "/api/accounts", Named("create"));
  RouteLookup lookup = router.Find(Verb::delete_, "/api/accounts");
  EXPECT_EQ(lookup.route, nullptr);
  EXPECT_TRUE(lookup.path_exists);
  EXPECT_EQ(lookup.allowed_methods, "GET, POST");
}

TEST(RouterTest, UnknownPathIsNotFound) {
  Router router;
  router.Add(Verb::get, "/api/accounts", Named("list"));
  RouteLookup lookup = router.Find(Verb::get, "/api/nothing/here");
  EXPECT_EQ(lookup.route, nullptr);
  EXPECT_FALSE(lookup.path_exists);
}

TEST(RouterTest, DecodesPercentEscapesInParameters) {
  Router router;
  router.Add(Verb::get, "/api/regions/{code}", Named("one"));
  EXPECT_EQ(router.Find(Verb::get, "/api/regions/32%2E73").params.at("code"), "32.73");
}

}  // namespace
}  // namespace tepat::http
