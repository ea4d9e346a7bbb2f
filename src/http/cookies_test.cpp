#include "http/cookies.hpp"

#include <gtest/gtest.h>

namespace tepat::http {
namespace {

TEST(CookiesTest, FindsCookieAmongOthers) {
  EXPECT_EQ(FindCookie("a=1; tepat_session=abc123; b=2", "tepat_session"), "abc123");
  EXPECT_EQ(FindCookie("tepat_session=xyz", "tepat_session"), "xyz");
}

TEST(CookiesTest, GarbageYieldsNothing) {
  EXPECT_FALSE(FindCookie("", "s"));
  EXPECT_FALSE(FindCookie(";;;===;", "s"));
  EXPECT_FALSE(FindCookie("s=\"quoted\"", "s"));
  EXPECT_FALSE(FindCookie("s=a,b", "s"));
  EXPECT_FALSE(FindCookie("other=1", "s"));
}

TEST(CookiesTest, BuildsSetCookieWithAttributes) {
  CookieOptions options;
  options.secure = true;
  EXPECT_EQ(BuildSetCookie("s", "v", options), "s=v; Path=/; HttpOnly; Secure; SameSite=Lax");
  options.max_age_seconds = 0;
  options.secure = false;
  EXPECT_EQ(BuildSetCookie("s", "", options), "s=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
}

}  // namespace
}  // namespace tepat::http
