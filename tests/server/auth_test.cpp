// Login, sessions, CSRF, logout, throttling, registration and disabling — on SQLite and PostgreSQL.
#include "server_fixture.hpp"

namespace tepat::test_support {
namespace {

using domain::Role;

class AuthTest : public ServerTest {};

TEST_P(AuthTest, WrongPasswordIsRefusedWithOneMessage) {
  HttpClient client = server_->Client();
  HttpResult wrong = client.Login("admin@demo.tepat.id", "not-the-password-at-all");
  EXPECT_EQ(wrong.status, 401u);
  EXPECT_EQ(ErrorCode(wrong), "unauthenticated");
  HttpResult unknown = client.Login("nobody@demo.tepat.id", "not-the-password-at-all");
  EXPECT_EQ(unknown.status, 401u);
  EXPECT_EQ(Json(wrong.body).at("error").at("message"), Json(unknown.body).at("error").at("message"));
  EXPECT_TRUE(client.cookies.empty());
}

TEST_P(AuthTest, LoginSetsHardenedCookieAndMeWorks) {
  HttpClient client = server_->Client();
  HttpResult login = client.Login("ADMIN@demo.tepat.id ", app::kDemoPassword);
  ASSERT_EQ(login.status, 200u) << login.body;
  ASSERT_EQ(login.set_cookies.size(), 1u);
  const std::string& cookie = login.set_cookies[0];
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);
  EXPECT_EQ(client.cookies.at("tepat_session").size(), 64u);  // 256-bit token in hex
  HttpResult me = client.Get("/api/auth/me");
  ASSERT_EQ(me.status, 200u);
  EXPECT_EQ(Json(me.body).at("account").at("role"), "admin");
}

TEST_P(AuthTest, SecureCookieBehindTls) {
  HttpClient client = server_->Client();
  HttpResult login = client.Send(boost::beast::http::verb::post, "/api/auth/login",
                                 R"({"email":"admin@demo.tepat.id","password":"demo-tepat-2026"})", "application/json",
                                 {{"X-Forwarded-Proto", "https"}});
  ASSERT_EQ(login.status, 200u);
  EXPECT_NE(login.set_cookies.at(0).find("; Secure"), std::string::npos);
}

TEST_P(AuthTest, NewTokenAtEveryLogin) {
  HttpClient client = server_->Client();
  client.Login(app::DemoEmail(Role::kOperator), app::kDemoPassword);
  std::string first = client.cookies.at("tepat_session");
  client.Login(app::DemoEmail(Role::kOperator), app::kDemoPassword);
  EXPECT_NE(client.cookies.at("tepat_session"), first);
  HttpClient old = server_->Client();
  old.cookies["tepat_session"] = first;
  EXPECT_EQ(old.Get("/api/auth/me").status, 401u) << "the session replaced at login must end";
}

TEST_P(AuthTest, WritesNeedTheCsrfToken) {
  HttpClient client = LoggedIn(*server_, Role::kAdmin);
  std::string token = client.csrf_token;
  client.csrf_token.clear();
  HttpResult without = client.Post("/api/auth/logout", "");
  EXPECT_EQ(without.status, 403u);
  EXPECT_EQ(ErrorCode(without), "csrf");
  client.csrf_token = "0000";
  EXPECT_EQ(client.Post("/api/auth/logout", "").status, 403u);
  client.csrf_token = token;
  EXPECT_EQ(client.Post("/api/auth/logout", "").status, 204u);
  EXPECT_EQ(client.Get("/api/auth/me").status, 401u);
}

TEST_P(AuthTest, LogoutEverywhereEndsOtherSessions) {
  HttpClient phone = LoggedIn(*server_, Role::kOperator);
  HttpClient laptop = LoggedIn(*server_, Role::kOperator);
  EXPECT_EQ(laptop.Post("/api/auth/logout-all", "").status, 204u);
  EXPECT_EQ(phone.Get("/api/auth/me").status, 401u);
  EXPECT_EQ(laptop.Get("/api/auth/me").status, 401u);
}

TEST_P(AuthTest, ThrottlesAfterRepeatedFailures) {
  HttpClient client = server_->Client();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(client.Login("operator@demo.tepat.id", "wrong-password-xyz").status, 401u);
  HttpResult blocked = client.Login("operator@demo.tepat.id", app::kDemoPassword);
  EXPECT_EQ(blocked.status, 429u);
  EXPECT_EQ(ErrorCode(blocked), "too_many_requests");
  // Another account from the same address is not yet throttled.
  EXPECT_EQ(client.Login("admin@demo.tepat.id", app::kDemoPassword).status, 200u);
}

TEST_P(AuthTest, DisablingAnAccountEndsItsSessions) {
  HttpClient victim = LoggedIn(*server_, Role::kOperatorDesa);
  HttpClient admin = LoggedIn(*server_, Role::kAdmin);
  boost::json::value me = Json(victim.Get("/api/auth/me").body);
  std::int64_t id = me.at("account").at("id").as_int64();
  HttpResult disabled = admin.Post("/api/accounts/" + std::to_string(id) + "/disable", "");
  ASSERT_EQ(disabled.status, 200u) << disabled.body;
  EXPECT_EQ(victim.Get("/api/auth/me").status, 401u);
  EXPECT_EQ(victim.Login(app::DemoEmail(Role::kOperatorDesa), app::kDemoPassword).status, 401u);
  EXPECT_EQ(admin.Post("/api/accounts/" + std::to_string(id) + "/enable", "").status, 200u);
  EXPECT_EQ(victim.Login(app::DemoEmail(Role::kOperatorDesa), app::kDemoPassword).status, 200u);
}

TEST_P(AuthTest, CitizenRegistersWithPasswordRules) {
  HttpClient client = server_->Client();
  HttpResult short_pw = client.Post("/api/auth/register",
                                    R"({"email":"sari@contoh.id","password":"pendek","display_name":"Sari"})");
  EXPECT_EQ(short_pw.status, 400u);
  HttpResult common = client.Post("/api/auth/register",
                                  R"({"email":"sari@contoh.id","password":"password1234","display_name":"Sari"})");
  EXPECT_EQ(common.status, 400u);
  HttpResult ok = client.Post(
      "/api/auth/register", R"({"email":"sari@contoh.id","password":"kopi tubruk di pagi hari","display_name":"Sari"})");
  ASSERT_EQ(ok.status, 201u) << ok.body;
  EXPECT_EQ(Json(ok.body).at("account").at("role"), "warga");
  EXPECT_EQ(client.Get("/api/auth/me").status, 200u);
  HttpResult again = server_->Client().Post(
      "/api/auth/register", R"({"email":"sari@contoh.id","password":"kopi tubruk di pagi hari","display_name":"Sari"})");
  EXPECT_EQ(again.status, 409u);
}

TEST_P(AuthTest, LoginsAndDenialsAreAudited) {
  HttpClient client = server_->Client();
  client.Login("admin@demo.tepat.id", "wrong-password-xyz");
  client.Login("admin@demo.tepat.id", app::kDemoPassword);
  HttpClient warga = LoggedIn(*server_, Role::kWarga);
  EXPECT_EQ(warga.Get("/api/accounts").status, 403u);
  HttpResult audit = client.Get("/api/audit?limit=200");
  ASSERT_EQ(audit.status, 200u);
  std::string body = audit.body;
  EXPECT_NE(body.find(R"("action":"auth.login")"), std::string::npos);
  EXPECT_NE(body.find(R"("outcome":"denied")"), std::string::npos);
  EXPECT_NE(body.find(R"("action":"access.denied")"), std::string::npos);
  auto verified = server_->services().store().VerifyAudit();
  ASSERT_TRUE(verified.ok());
  EXPECT_TRUE(verified.value().intact);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuthTest, ::testing::ValuesIn(AllTestEngines()), EngineTestName);

}  // namespace
}  // namespace tepat::test_support
