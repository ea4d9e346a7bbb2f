#include "domain/phone_number.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tepat::domain {
namespace {

struct ValidCase {
  const char* name;
  const char* raw;
  const char* e164;
  PhoneKind kind;
};

class PhoneValidTest : public ::testing::TestWithParam<ValidCase> {};

TEST_P(PhoneValidTest, NormalisesToE164) {
  const ValidCase& c = GetParam();
  PhoneCheck check = ParsePhoneNumber(c.raw);
  ASSERT_TRUE(check.ok()) << PhoneIssueName(*check.issue);
  EXPECT_FALSE(check.issue.has_value());
  EXPECT_EQ(check.number->e164, c.e164);
  EXPECT_EQ(check.number->kind, c.kind);
}

INSTANTIATE_TEST_SUITE_P(
    Formats, PhoneValidTest,
    ::testing::Values(ValidCase{"MobileWithDashes", "0812-3456-7890", "+6281234567890", PhoneKind::kMobile},
                      ValidCase{"MobilePlusSixtyTwoSpaces", "+62 812 3456 7890", "+6281234567890", PhoneKind::kMobile},
                      ValidCase{"MobileSixtyTwo", "6281234567890", "+6281234567890", PhoneKind::kMobile},
                      ValidCase{"MobileDots", "0811.234.567", "+62811234567", PhoneKind::kMobile},
                      ValidCase{"MobileTwelveDigitNational", "0896-1234-56789", "+62896123456789", PhoneKind::kMobile},
                      ValidCase{"MobileNoBreakSpace",
                                "0812\xC2\xA0"
                                "3456\xC2\xA0"
                                "7890",
                                "+6281234567890", PhoneKind::kMobile},
                      ValidCase{"SurroundingSpaces", "  081234567890 ", "+6281234567890", PhoneKind::kMobile},
                      ValidCase{"JakartaLandline", "021-5551234", "+62215551234", PhoneKind::kLandline},
                      ValidCase{"JakartaLandlineEightDigits", "+62 21 5551 2345", "+622155512345",
                                PhoneKind::kLandline},
                      ValidCase{"DenpasarParentheses", "(0361) 234567", "+62361234567", PhoneKind::kLandline},
                      ValidCase{"JayapuraLandline", "0967-531234", "+62967531234", PhoneKind::kLandline}),
    [](const auto& info) { return info.param.name; });

struct InvalidCase {
  const char* name;
  const char* raw;
  PhoneIssue issue;
};

class PhoneInvalidTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(PhoneInvalidTest, IsRefusedWithTheReason) {
  const InvalidCase& c = GetParam();
  PhoneCheck check = ParsePhoneNumber(c.raw);
  EXPECT_FALSE(check.ok());
  ASSERT_TRUE(check.issue.has_value());
  EXPECT_EQ(PhoneIssueName(*check.issue), std::string(PhoneIssueName(c.issue)));
}

INSTANTIATE_TEST_SUITE_P(Formats, PhoneInvalidTest,
                         ::testing::Values(InvalidCase{"Empty", "", PhoneIssue::kEmpty},
                                           InvalidCase{"OnlySpaces", "   ", PhoneIssue::kEmpty},
                                           InvalidCase{"Letters", "0812-abcd-7890", PhoneIssue::kBadCharacters},
                                           InvalidCase{"PlusInTheMiddle", "0812+34567890", PhoneIssue::kBadCharacters},
                                           InvalidCase{"DoublePlus", "++6281234567890", PhoneIssue::kBadCharacters},
                                           InvalidCase{"Script", "<script>", PhoneIssue::kBadCharacters},
                                           InvalidCase{"NoTrunkPrefix", "81234567890", PhoneIssue::kNoPrefix},
                                           InvalidCase{"Singapore", "+65 8123 4567", PhoneIssue::kNoPrefix},
                                           InvalidCase{"TollFree", "0800-123-4567", PhoneIssue::kNotSubscriber},
                                           InvalidCase{"Premium", "0809-123-4567", PhoneIssue::kNotSubscriber},
                                           InvalidCase{"ServiceCode", "0123456789", PhoneIssue::kNotSubscriber},
                                           InvalidCase{"DoubleZero", "00812345678", PhoneIssue::kNotSubscriber},
                                           InvalidCase{"MobileTooShort", "0812345", PhoneIssue::kWrongLength},
                                           InvalidCase{"MobileTooLong", "08123456789012", PhoneIssue::kWrongLength},
                                           InvalidCase{"LandlineTooShort", "021-555", PhoneIssue::kWrongLength},
                                           InvalidCase{"LandlineTooLong", "021-555123456789", PhoneIssue::kWrongLength},
                                           InvalidCase{"PrefixOnly", "+62", PhoneIssue::kWrongLength}),
                         [](const auto& info) { return info.param.name; });

struct MaskCase {
  const char* name;
  const char* e164;
  const char* masked;
};

class PhoneMaskTest : public ::testing::TestWithParam<MaskCase> {};

TEST_P(PhoneMaskTest, HidesTheMiddle) { EXPECT_EQ(MaskPhoneNumber(GetParam().e164), GetParam().masked); }

INSTANTIATE_TEST_SUITE_P(Numbers, PhoneMaskTest,
                         ::testing::Values(MaskCase{"Mobile", "+6281234567890", "+62812****7890"},
                                           MaskCase{"LongMobile", "+62896123456789", "+62896*****6789"},
                                           MaskCase{"Landline", "+62215551234", "+62215**1234"},
                                           MaskCase{"ShortLandline", "+622155512", "+622**5512"},
                                           MaskCase{"TooShortToShowAnything", "+6221555", "****"},
                                           MaskCase{"NotE164", "081234567890", "****"},
                                           MaskCase{"NotDigits", "+62abcdefghij", "****"}),
                         [](const auto& info) { return info.param.name; });

TEST(PhoneMaskTest, MaskedNumberNeverHoldsTheFullNumber) {
  const std::string e164 = ParsePhoneNumber("0812-3456-7890").number->e164;
  const std::string masked = MaskPhoneNumber(e164);
  EXPECT_EQ(masked.size(), e164.size());
  EXPECT_EQ(masked.find("34567"), std::string::npos);
}

}  // namespace
}  // namespace tepat::domain
