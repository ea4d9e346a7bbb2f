#include "http/request_context.hpp"

#include <gtest/gtest.h>

namespace tepat::http {
namespace {

TEST(RequestContextTest, ReadsQueryParameters) {
  Request req{Verb::get, "/api/regions?q=kota+bandung&parent=32%2E73&empty", 11};
  RequestContext ctx{req, "/api/regions", "q=kota+bandung&parent=32%2E73&empty", "id", "127.0.0.1", "", {}};
  EXPECT_EQ(ctx.QueryParam("q"), "kota bandung");
  EXPECT_EQ(ctx.QueryParam("parent"), "32.73");
  EXPECT_EQ(ctx.QueryParam("empty"), "");
  EXPECT_FALSE(ctx.QueryParam("missing"));
}

TEST(RequestContextTest, PercentDecodeKeepsBadEscapes) {
  EXPECT_EQ(PercentDecode("%zz%4", false), "%zz%4");
  EXPECT_EQ(PercentDecode("a%20b+c", true), "a b c");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
}

TEST(RequestContextTest, ReadsCookiesAndHeaders) {
  Request req{Verb::get, "/", 11};
  req.set("Cookie", "tepat_session=abc");
  req.set("X-CSRF-Token", "t");
  RequestContext ctx{req, "/", "", "id", "", "", {}};
  EXPECT_EQ(ctx.Cookie("tepat_session"), "abc");
  EXPECT_EQ(ctx.Header("X-CSRF-Token"), "t");
  EXPECT_EQ(ctx.Header("Missing"), "");
}

}  // namespace
}  // namespace tepat::http
