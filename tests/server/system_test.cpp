// Health, metrics, request ids, the OpenAPI document (kept true: every route must be in it), start-up failures
// and graceful shutdown.
#include <boost/asio.hpp>

#include "api/routes.hpp"
#include "app/openapi_document.hpp"
#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

namespace bhttp = boost::beast::http;

class SystemTest : public ServerTest {};

TEST_P(SystemTest, HealthzReportsTheDatabase) {
  HttpResult res = server_->Client().Get("/healthz");
  EXPECT_EQ(res.status, 200u);
  EXPECT_EQ(Json(res.body).at("database"), "reachable");
  EXPECT_EQ(res.headers.at("X-Request-Id").size(), 16u);
}

TEST_P(SystemTest, MetricsCountRequestsPerRouteAndShowThePool) {
  HttpClient client = server_->Client();
  client.Get("/api/regions/35.10");
  client.Get("/api/regions/32.73");
  std::string metrics = client.Get("/metrics").body;
  EXPECT_NE(metrics.find(R"(tepat_http_requests_total{method="GET",route="/api/regions/{code}",status="200"} 2)"),
            std::string::npos)
      << metrics;
  EXPECT_NE(metrics.find("tepat_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(metrics.find("tepat_db_pool_size"), std::string::npos);
  EXPECT_EQ(metrics.find("32.73"), std::string::npos) << "raw paths must not become labels";
}

TEST_P(SystemTest, OpenApiDocumentsEveryRoute) {
  boost::json::value doc = Json(app::YamlToJson(app::kOpenApiYaml));
  EXPECT_EQ(doc.at("openapi"), "3.0.3");
  const auto& paths = doc.at("paths").as_object();
  http::Metrics metrics;
  api::HealthProbe health(server_->services().store());
  api::ApiDependencies deps{server_->services(), metrics, health, "{}", false};
  for (const api::ApiRoute& route : api::AllRoutes(deps)) {
    std::string method(bhttp::to_string(route.method));
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto path = paths.find(route.pattern);
    ASSERT_NE(path, paths.end()) << route.pattern << " is not in docs/openapi.yaml";
    EXPECT_TRUE(path->value().as_object().contains(method)) << method << " " << route.pattern << " is not documented";
  }
  HttpResult served = server_->Client().Get("/api/openapi.json");
  EXPECT_EQ(served.status, 200u);
  EXPECT_EQ(Json(served.body), doc);
}

TEST_P(SystemTest, InFlightRequestFinishesDuringShutdown) {
  namespace net = boost::asio;
  net::io_context ioc;
  net::ip::tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), server_->port()});
  boost::system::error_code ec;
  net::write(socket, net::buffer(std::string("GET /healthz HTTP/1.1\r\nHost: x\r\n")), ec);  // headers not finished
  ASSERT_FALSE(ec);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // let the server read the first bytes
  std::thread stopper([this] { server_->Stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  net::write(socket, net::buffer(std::string("\r\n")), ec);
  std::string answer;
  char chunk[1024];
  while (!ec) answer.append(chunk, socket.read_some(net::buffer(chunk), ec));
  stopper.join();
  EXPECT_NE(answer.find("HTTP/1.1 200 OK"), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
}

TEST_P(SystemTest, IdleKeepAliveConnectionsDoNotBlockShutdown) {
  HttpClient idle = server_->Client();
  EXPECT_EQ(idle.Get("/healthz").status, 200u);  // leaves a keep-alive connection open
  auto started = std::chrono::steady_clock::now();
  server_->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
}

TEST(ServerStartTest, RefusesBadDatabaseUrlAndTakenPort) {
  std::string error;
  app::ServeOptions bad_db;
  bad_db.db_url = "mysql://nowhere";
  bad_db.static_dir = "";
  EXPECT_EQ(app::ServerRuntime::Create(bad_db, &error), nullptr);
  EXPECT_NE(error.find("sqlite:"), std::string::npos) << error;

  TestServer first(TestEngine::kSqlite);
  ASSERT_TRUE(first.ok()) << first.error();
  auto db = ScratchDatabase::Create(TestEngine::kSqlite);
  ASSERT_TRUE(db.ok());
  app::ServeOptions taken;
  taken.db_url = db.value()->url();
  taken.static_dir = "";
  taken.access_log = "off";
  taken.server.address = "127.0.0.1";
  taken.server.port = first.port();
  error.clear();
  EXPECT_EQ(app::ServerRuntime::Create(taken, &error), nullptr);
  EXPECT_NE(error.find("--port"), std::string::npos) << error;
}

INSTANTIATE_TEST_SUITE_P(Engines, SystemTest, ::testing::Values(TestEngine::kSqlite), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
