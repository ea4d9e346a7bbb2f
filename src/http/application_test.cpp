#include "http/application.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace tepat::http {
namespace {

class ApplicationTest : public ::testing::Test {
 protected:
  ApplicationTest() {
    router_.Add(Verb::get, "/api/ok", [](RequestContext& ctx) {
      return MakeJsonResponse(ctx.request, Status::ok, R"({"ok":true})");
    });
    router_.Add(Verb::get, "/api/boom", [](RequestContext&) -> Response { throw std::runtime_error("NIK 3510"); });
  }

  Application Make(std::optional<StaticFiles> files = std::nullopt) {
    ServerConfig limits;
    limits.target_limit = 64;
    return Application(router_, std::move(files), metrics_, [this](const AccessRecord& r) { log_.push_back(r); },
                       limits);
  }

  static Request Get(std::string target) { return Request{Verb::get, target, 11}; }

  Router router_;
  Metrics metrics_;
  std::vector<AccessRecord> log_;
};

TEST_F(ApplicationTest, RoutesAndAddsRequestIdAndSecurityHeaders) {
  Application app = Make();
  Response res = app.Handle(Get("/api/ok"), "127.0.0.1");
  EXPECT_EQ(res.result(), Status::ok);
  EXPECT_EQ(res["X-Request-Id"].size(), 16u);
  EXPECT_EQ(res["X-Content-Type-Options"], "nosniff");
  EXPECT_EQ(res["Cache-Control"], "no-store");
}

TEST_F(ApplicationTest, UnknownRouteIsJson404) {
  Application app = Make();
  Response res = app.Handle(Get("/api/nope"), "127.0.0.1");
  EXPECT_EQ(res.result(), Status::not_found);
  EXPECT_NE(res.body().find(R"("code":"not_found")"), std::string::npos);
  EXPECT_NE(res.body().find(std::string(R"("request_id":")") + std::string(res["X-Request-Id"])), std::string::npos);
}

TEST_F(ApplicationTest, WrongMethodIs405WithAllow) {
  Application app = Make();
  Response res = app.Handle(Request{Verb::post, "/api/ok", 11}, "127.0.0.1");
  EXPECT_EQ(res.result(), Status::method_not_allowed);
  EXPECT_EQ(res["Allow"], "GET");
}

TEST_F(ApplicationTest, LongTargetIs414) {
  Application app = Make();
  Response res = app.Handle(Get("/api/ok?" + std::string(100, 'a')), "127.0.0.1");
  EXPECT_EQ(res.result(), Status::uri_too_long);
}

TEST_F(ApplicationTest, HandlerExceptionIs500WithoutItsText) {
  Application app = Make();
  Response res = app.Handle(Get("/api/boom"), "127.0.0.1");
  EXPECT_EQ(res.result(), Status::internal_server_error);
  EXPECT_EQ(res.body().find("3510"), std::string::npos);
}

TEST_F(ApplicationTest, AccessLogHasRoutePatternNotRawTarget) {
  Application app = Make();
  app.Handle(Get("/api/ok?nik=3510"), "10.0.0.1");
  ASSERT_EQ(log_.size(), 1u);
  EXPECT_EQ(log_[0].route, "/api/ok");
  EXPECT_EQ(log_[0].status, 200u);
  EXPECT_NE(metrics_.Render().find(R"(tepat_http_requests_total{method="GET",route="/api/ok",status="200"} 1)"),
            std::string::npos);
}

TEST_F(ApplicationTest, ServesStaticFilesWithSpaFallback) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("tepat_static_" + std::to_string(::getpid()));
  fs::create_directories(dir / "assets");
  std::ofstream(dir / "index.html") << "<html>app</html>";
  std::ofstream(dir / "assets" / "app.js") << "console.log(1)";
  std::string error;
  auto files = StaticFiles::Load(dir.string(), &error);
  ASSERT_TRUE(files) << error;
  Application app = Make(std::move(files));
  Response js = app.Handle(Get("/assets/app.js"), "");
  EXPECT_EQ(js.result(), Status::ok);
  EXPECT_EQ(js[beast_http::field::content_type], "text/javascript; charset=utf-8");
  EXPECT_NE(js[beast_http::field::cache_control].find("immutable"), std::string::npos);
  EXPECT_EQ(app.Handle(Get("/wilayah/35"), "").body(), "<html>app</html>");
  EXPECT_EQ(app.Handle(Get("/missing.png"), "").result(), Status::not_found);
  // Lookups never touch the file system: a traversal attempt gets the app shell, never the file.
  EXPECT_EQ(app.Handle(Get("/../../etc/passwd"), "").body(), "<html>app</html>");
  EXPECT_EQ(app.Handle(Get("/../../etc/hosts.txt"), "").result(), Status::not_found);
  EXPECT_EQ(app.Handle(Request{Verb::post, "/index.html", 11}, "").result(), Status::method_not_allowed);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tepat::http
