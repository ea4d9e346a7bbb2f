#pragma once
// Shared fixture of the server suites: a TestServer per test, on the engine given by the test parameter.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/demo_accounts.hpp"
#include "support/test_server.hpp"

namespace tepat::test_support {

/// Parses a JSON body; fails the test (and returns null) when it is not JSON.
inline boost::json::value Json(const std::string& body) {
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(body, ec);
  EXPECT_FALSE(ec) << "not JSON: " << body;
  return value;
}

/// The error code of a JSON error body, or "" when the body has none.
inline std::string ErrorCode(const HttpResult& res) {
  boost::json::value v = Json(res.body);
  if (!v.is_object() || !v.as_object().contains("error")) return "";
  return std::string(v.at("error").at("code").as_string());
}

/// A client logged in as the demo account of `role`.
inline HttpClient LoggedIn(const TestServer& server, domain::Role role) {
  HttpClient client = server.Client();
  HttpResult res = client.Login(app::DemoEmail(role), app::kDemoPassword);
  EXPECT_EQ(res.status, 200u) << res.body;
  return client;
}

/// Starts a TestServer on the parameter's engine before each test.
class ServerTest : public ::testing::TestWithParam<TestEngine> {
 protected:
  void SetUp() override {
    server_ = std::make_unique<TestServer>(GetParam(), Options());
    ASSERT_TRUE(server_->ok()) << server_->error();
  }
  void TearDown() override { server_.reset(); }
  virtual app::ServeOptions Options() { return {}; }

  std::unique_ptr<TestServer> server_;
};

/// Names parameterised tests "Sqlite" / "Postgres".
inline std::string EngineTestName(const ::testing::TestParamInfo<TestEngine>& info) {
  return TestEngineName(info.param);
}

}  // namespace tepat::test_support
