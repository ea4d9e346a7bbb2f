// Malformed requests get the JSON error with the right 4xx status and never crash or hang the server.
#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

namespace bhttp = boost::beast::http;

class BadInputTest : public ServerTest {
 protected:
  app::ServeOptions Options() override {
    app::ServeOptions options;
    options.server.body_limit = 4096;
    options.server.read_timeout = std::chrono::milliseconds(2000);
    return options;
  }
  void ExpectStillHealthy() { EXPECT_EQ(server_->Client().Get("/healthz").status, 200u); }
};

TEST_P(BadInputTest, MalformedJsonIs400) {
  HttpResult res = server_->Client().Post("/api/auth/login", R"({"email": "a@b.id", )");
  EXPECT_EQ(res.status, 400u);
  EXPECT_EQ(ErrorCode(res), "malformed_json");
  EXPECT_EQ(server_->Client().Post("/api/auth/login", "[1,2]").status, 400u);
  ExpectStillHealthy();
}

TEST_P(BadInputTest, WrongContentTypeIs415) {
  HttpResult res = server_->Client().Send(bhttp::verb::post, "/api/auth/login", "email=a", "application/x-www-form-urlencoded");
  EXPECT_EQ(res.status, 415u);
  EXPECT_EQ(ErrorCode(res), "unsupported_media_type");
}

TEST_P(BadInputTest, BodyOverLimitIs413) {
  HttpResult res = server_->Client().Post("/api/auth/login", std::string(5000, 'x'));
  EXPECT_EQ(res.status, 413u);
  EXPECT_EQ(ErrorCode(res), "payload_too_large");
  ExpectStillHealthy();
}

TEST_P(BadInputTest, UnknownRouteAndMethod) {
  HttpClient client = server_->Client();
  HttpResult missing = client.Get("/api/does-not-exist");
  EXPECT_EQ(missing.status, 404u);
  EXPECT_EQ(ErrorCode(missing), "not_found");
  EXPECT_EQ(Json(missing.body).at("error").at("request_id").as_string(), missing.headers.at("X-Request-Id").c_str());
  HttpResult method = client.Send(bhttp::verb::delete_, "/api/regions", "", "");
  EXPECT_EQ(method.status, 405u);
  EXPECT_EQ(ErrorCode(method), "method_not_allowed");
}

TEST_P(BadInputTest, GarbageCookiesAreIgnoredOrRefused) {
  HttpClient client = server_->Client();
  client.cookies["tepat_session"] = "%%%garbage<script>";
  EXPECT_EQ(client.Get("/api/auth/me").status, 401u);
  EXPECT_EQ(client.Get("/api/regions").status, 200u);
  client.cookies["tepat_session"] = std::string(64, 'a');
  EXPECT_EQ(client.Get("/api/auth/me").status, 401u);
  HttpResult raw = client.Send(bhttp::verb::get, "/api/auth/me", "", "", {{"Cookie", ";;==;tepat_session"}});
  EXPECT_EQ(raw.status, 401u);
}

TEST_P(BadInputTest, OverlongUrlIs414AndHeadersAre431) {
  HttpClient client = server_->Client();
  HttpResult url = client.Get("/api/regions?q=" + std::string(10000, 'a'));
  EXPECT_EQ(url.status, 414u);
  EXPECT_EQ(ErrorCode(url), "uri_too_long");
  HttpResult headers = client.Send(bhttp::verb::get, "/healthz", "", "", {{"X-Big-1", std::string(30000, 'b')}, {"X-Big-2", std::string(30000, 'b')}, {"X-Big-3", std::string(30000, 'b')}});
  EXPECT_EQ(headers.status, 431u);
  ExpectStillHealthy();
}

TEST_P(BadInputTest, GarbageBytesGet400AndClose) {
  std::string answer = server_->Client().SendRaw("\x01\x02 NOT HTTP AT ALL\r\n\r\n");
  EXPECT_NE(answer.find("400 Bad Request"), std::string::npos) << answer;
  EXPECT_NE(answer.find(R"("code":"bad_request")"), std::string::npos);
  ExpectStillHealthy();
}

TEST_P(BadInputTest, BadRegionCodes) {
  HttpClient client = server_->Client();
  EXPECT_EQ(client.Get("/api/regions/abc").status, 400u);
  EXPECT_EQ(client.Get("/api/regions?parent=1.2.3").status, 400u);
  EXPECT_EQ(client.Get("/api/regions/99.99").status, 404u);
  EXPECT_EQ(client.Get("/api/regions?q=a").status, 400u);
  EXPECT_EQ(client.Get("/api/regions?q=bandung&limit=lots").status, 400u);
}

INSTANTIATE_TEST_SUITE_P(Engines, BadInputTest, ::testing::Values(TestEngine::kSqlite), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
