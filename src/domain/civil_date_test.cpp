#include "domain/civil_date.hpp"

#include <gtest/gtest.h>

namespace tepat::domain {
namespace {

TEST(CivilDateTest, ChecksRealDays) {
  EXPECT_TRUE(CivilDate::FromYmd(2000, 2, 29).has_value());
  EXPECT_FALSE(CivilDate::FromYmd(1900, 2, 29).has_value());
  EXPECT_FALSE(CivilDate::FromYmd(2023, 2, 29).has_value());
  EXPECT_TRUE(CivilDate::FromYmd(2024, 2, 29).has_value());
  EXPECT_FALSE(CivilDate::FromYmd(2024, 4, 31).has_value());
  EXPECT_FALSE(CivilDate::FromYmd(2024, 13, 1).has_value());
  EXPECT_FALSE(CivilDate::FromYmd(2024, 0, 1).has_value());
  EXPECT_FALSE(CivilDate::FromYmd(2024, 1, 0).has_value());
}

TEST(CivilDateTest, DaysSinceEpochRoundTrips) {
  EXPECT_EQ((CivilDate{1970, 1, 1}).DaysSinceEpoch(), 0);
  EXPECT_EQ((CivilDate{2000, 3, 1}).DaysSinceEpoch(), 11017);
  EXPECT_EQ((CivilDate{1899, 12, 30}).DaysSinceEpoch(), -25569);
  for (std::int64_t d = -80000; d <= 80000; d += 17) {
    EXPECT_EQ(CivilDate::FromDaysSinceEpoch(d).DaysSinceEpoch(), d);
  }
}

TEST(CivilDateTest, Formats) {
  CivilDate d{1980, 12, 31};
  EXPECT_EQ(d.Iso(), "1980-12-31");
  EXPECT_EQ(d.Dmy(), "31/12/1980");
  EXPECT_LT((CivilDate{1980, 12, 31}), (CivilDate{1981, 1, 1}));
}

TEST(CivilDateTest, FormatsPadWithZerosAndKeepFieldsTooWideForThem) {
  EXPECT_EQ((CivilDate{905, 1, 2}).Iso(), "0905-01-02");
  EXPECT_EQ((CivilDate{905, 1, 2}).Dmy(), "02/01/0905");
  EXPECT_EQ((CivilDate{12345, 6, 7}).Iso(), "12345-06-07");
  EXPECT_EQ((CivilDate{-1, 6, 7}).Dmy(), "07/06/-001");
}

}  // namespace
}  // namespace tepat::domain
