#include "domain/working_days.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace tepat::domain {
namespace {

constexpr std::int64_t kHour = 60 * 60;

// UTC time of a local wall-clock time in `zone`.
UnixSeconds Local(int year, int month, int day, int hour, IndonesianTimeZone zone) {
  return LocalMidnight(CivilDate{year, month, day}, zone) + hour * kHour;
}

struct ZoneCase {
  const char* region;
  IndonesianTimeZone zone;
};

class TimeZoneOfRegionTest : public ::testing::TestWithParam<ZoneCase> {};

TEST_P(TimeZoneOfRegionTest, FollowsTheProvince) {
  EXPECT_EQ(TimeZoneName(TimeZoneOfRegion(*RegionCode::Parse(GetParam().region))), TimeZoneName(GetParam().zone))
      << GetParam().region;
}

INSTANTIATE_TEST_SUITE_P(Provinces, TimeZoneOfRegionTest,
                         ::testing::Values(ZoneCase{"11", IndonesianTimeZone::kWib},     // Aceh
                                           ZoneCase{"31", IndonesianTimeZone::kWib},     // DKI Jakarta
                                           ZoneCase{"32.73", IndonesianTimeZone::kWib},  // Kota Bandung
                                           ZoneCase{"35.10", IndonesianTimeZone::kWib},  // Banyuwangi
                                           ZoneCase{"61.71", IndonesianTimeZone::kWib},  // Pontianak (Kalimantan Barat)
                                           ZoneCase{"62", IndonesianTimeZone::kWib},     // Kalimantan Tengah
                                           ZoneCase{"51.71", IndonesianTimeZone::kWita},  // Denpasar
                                           ZoneCase{"52", IndonesianTimeZone::kWita},     // NTB
                                           ZoneCase{"53", IndonesianTimeZone::kWita},     // NTT
                                           ZoneCase{"63", IndonesianTimeZone::kWita},     // Kalimantan Selatan
                                           ZoneCase{"64.71", IndonesianTimeZone::kWita},  // Balikpapan
                                           ZoneCase{"65", IndonesianTimeZone::kWita},     // Kalimantan Utara
                                           ZoneCase{"73.71", IndonesianTimeZone::kWita},  // Makassar
                                           ZoneCase{"75.71", IndonesianTimeZone::kWita},  // Kota Gorontalo
                                           ZoneCase{"76", IndonesianTimeZone::kWita},     // Sulawesi Barat
                                           ZoneCase{"81.71", IndonesianTimeZone::kWit},   // Ambon
                                           ZoneCase{"82", IndonesianTimeZone::kWit},      // Maluku Utara
                                           ZoneCase{"91.71", IndonesianTimeZone::kWit},   // Jayapura
                                           ZoneCase{"96", IndonesianTimeZone::kWit}),     // Papua Barat Daya
                         [](const auto& info) {
                           std::string name = info.param.region;
                           std::replace(name.begin(), name.end(), '.', '_');
                           return "P" + name;
                         });

TEST(TimeZoneTest, OffsetsAndLocalDates) {
  EXPECT_EQ(UtcOffsetSeconds(IndonesianTimeZone::kWib), 7 * kHour);
  EXPECT_EQ(UtcOffsetSeconds(IndonesianTimeZone::kWita), 8 * kHour);
  EXPECT_EQ(UtcOffsetSeconds(IndonesianTimeZone::kWit), 9 * kHour);
  // 2026-11-22 16:30 UTC is already Monday 23 Nov in WIT (01:30) but still Sunday 22 Nov in WIB (23:30).
  const UnixSeconds at = LocalMidnight(CivilDate{2026, 11, 22}, IndonesianTimeZone::kWib) + 23 * kHour + kHour / 2;
  EXPECT_EQ(LocalDate(at, IndonesianTimeZone::kWib), (CivilDate{2026, 11, 22}));
  EXPECT_EQ(LocalDate(at, IndonesianTimeZone::kWit), (CivilDate{2026, 11, 23}));
  EXPECT_EQ(LocalDate(LocalMidnight(CivilDate{2027, 3, 1}, IndonesianTimeZone::kWita), IndonesianTimeZone::kWita),
            (CivilDate{2027, 3, 1}));
}

TEST(DayOfWeekTest, KnownDates) {
  EXPECT_EQ(DayOfWeek(CivilDate{1970, 1, 1}), 4);    // Thursday
  EXPECT_EQ(DayOfWeek(CivilDate{2026, 11, 23}), 1);  // Monday
  EXPECT_EQ(DayOfWeek(CivilDate{2026, 8, 17}), 1);   // Monday, HUT RI
  EXPECT_EQ(DayOfWeek(CivilDate{1945, 8, 17}), 5);   // Friday
  EXPECT_EQ(DayOfWeek(CivilDate{2027, 1, 3}), 0);    // Sunday
}

TEST(DefaultHolidaysTest, Year2026MatchesTheDecree) {
  int national = 0;
  int cuti = 0;
  for (const Holiday& h : DefaultHolidays()) {
    if (h.date.year != 2026) continue;
    EXPECT_FALSE(h.provisional) << h.date.Iso();
    (h.kind == HolidayKind::kNational ? national : cuti)++;
  }
  EXPECT_EQ(national, 17);  // SKB 3 Menteri 2026: 17 hari libur nasional
  EXPECT_EQ(cuti, 8);       // and 8 hari cuti bersama
}

TEST(DefaultHolidaysTest, SortedUniqueAndCovers2027) {
  const std::vector<Holiday>& all = DefaultHolidays();
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].date, all[i].date) << all[i].date.Iso();
  const bool has_2027 = std::any_of(all.begin(), all.end(), [](const Holiday& h) { return h.date.year == 2027; });
  EXPECT_TRUE(has_2027);
  for (const Holiday& h : all) {
    EXPECT_FALSE(h.name.empty());
    if (h.date.year == 2027) {
      EXPECT_EQ(h.kind, HolidayKind::kNational) << "cuti bersama 2027 are not known yet";
    }
  }
}

class WorkingCalendarTest : public ::testing::Test {
 protected:
  WorkingCalendar calendar_ = WorkingCalendar::Default();
};

TEST_F(WorkingCalendarTest, WeekdaysWeekendsAndHolidays) {
  EXPECT_TRUE(calendar_.IsWorkingDay(CivilDate{2026, 11, 23}));   // Monday
  EXPECT_FALSE(calendar_.IsWorkingDay(CivilDate{2026, 11, 21}));  // Saturday
  EXPECT_FALSE(calendar_.IsWorkingDay(CivilDate{2026, 11, 22}));  // Sunday
  EXPECT_FALSE(calendar_.IsWorkingDay(CivilDate{2026, 8, 17}));   // Monday, Proklamasi
  EXPECT_FALSE(calendar_.IsWorkingDay(CivilDate{2026, 3, 20}));   // Friday, cuti bersama Idul Fitri
  EXPECT_FALSE(calendar_.IsWorkingDay(CivilDate{2026, 12, 24}));  // Thursday, cuti bersama Natal
  EXPECT_TRUE(calendar_.IsWorkingDay(CivilDate{2026, 12, 23}));
}

TEST_F(WorkingCalendarTest, AddWorkingDaysSkipsTheIdulFitriWeek) {
  const CivilDate friday{2026, 3, 13};
  EXPECT_EQ(calendar_.AddWorkingDays(friday, 0), friday);
  EXPECT_EQ(calendar_.AddWorkingDays(friday, 1), (CivilDate{2026, 3, 16}));
  EXPECT_EQ(calendar_.AddWorkingDays(friday, 2), (CivilDate{2026, 3, 17}));
  // 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri (weekend), 23-24 cuti.
  EXPECT_EQ(calendar_.AddWorkingDays(friday, 3), (CivilDate{2026, 3, 25}));
  EXPECT_EQ(calendar_.WorkingDaysBetween(friday, CivilDate{2026, 3, 31}), 7);
  EXPECT_EQ(calendar_.WorkingDaysBetween(CivilDate{2026, 3, 31}, friday), 0);
}

TEST_F(WorkingCalendarTest, FifteenWorkingDaysForAProposal) {
  // Seed 002: a DTKS proposal is done in 7-15 working days.
  const CivilDate filed{2026, 12, 1};
  const CivilDate due = calendar_.AddWorkingDays(filed, 15);
  EXPECT_EQ(due, (CivilDate{2026, 12, 22}));
  EXPECT_EQ(calendar_.WorkingDaysBetween(filed, due), 15);
  // Across Christmas: 24 (cuti) and 25 (Natal) are off.
  EXPECT_EQ(calendar_.AddWorkingDays(CivilDate{2026, 12, 22}, 2), (CivilDate{2026, 12, 28}));
}

TEST_F(WorkingCalendarTest, InjectedHolidaysReplaceTheDefault) {
  const std::vector<CivilDate> days = {CivilDate{2026, 11, 24}};
  const WorkingCalendar custom(days);
  EXPECT_FALSE(custom.IsWorkingDay(CivilDate{2026, 11, 24}));
  EXPECT_TRUE(custom.IsWorkingDay(CivilDate{2026, 8, 17}));  // not in the custom list
  EXPECT_EQ(custom.AddWorkingDays(CivilDate{2026, 11, 23}, 1), (CivilDate{2026, 11, 25}));
}

TEST_F(WorkingCalendarTest, WorkingSecondsOverAWeekend) {
  constexpr auto kWib = IndonesianTimeZone::kWib;
  // Friday 10:00 to Monday 10:00 WIB: 14 hours on Friday + 10 on Monday.
  EXPECT_EQ(calendar_.WorkingSecondsBetween(Local(2026, 11, 20, 10, kWib), Local(2026, 11, 23, 10, kWib), kWib),
            24 * kHour);
  EXPECT_EQ(calendar_.WorkingSecondsBetween(Local(2026, 11, 23, 10, kWib), Local(2026, 11, 20, 10, kWib), kWib), 0);
  EXPECT_EQ(calendar_.WorkingSecondsBetween(Local(2026, 11, 23, 9, kWib), Local(2026, 11, 23, 11, kWib), kWib),
            2 * kHour);
}

TEST_F(WorkingCalendarTest, TheRegionsZoneDecidesWhichDayItIs) {
  // Friday 23:30 WIB is Saturday 00:30 WITA: the same hour is working time in Jakarta but not in Makassar.
  const UnixSeconds from = Local(2026, 11, 20, 23, IndonesianTimeZone::kWib) + kHour / 2;
  const UnixSeconds to = from + 24 * kHour;
  EXPECT_EQ(calendar_.WorkingSecondsBetween(from, to, IndonesianTimeZone::kWib), kHour / 2);
  EXPECT_EQ(calendar_.WorkingSecondsBetween(from, to, IndonesianTimeZone::kWita), 0);
}

TEST_F(WorkingCalendarTest, TwoTimesTwentyFourHoursDeadline) {
  constexpr auto kWib = IndonesianTimeZone::kWib;
  constexpr std::int64_t kTwoDays = 2 * kSecondsPerDay;
  // Filed Friday 10:00: Monday and Tuesday until 10:00.
  EXPECT_EQ(calendar_.AddWorkingSeconds(Local(2026, 11, 20, 10, kWib), kTwoDays, kWib), Local(2026, 11, 24, 10, kWib));
  // Filed Saturday: the clock starts Monday 00:00 and runs out at the end of Tuesday.
  EXPECT_EQ(calendar_.AddWorkingSeconds(Local(2026, 11, 21, 10, kWib), kTwoDays, kWib), Local(2026, 11, 25, 0, kWib));
  EXPECT_EQ(calendar_.AddWorkingSeconds(Local(2026, 11, 21, 10, kWib), 0, kWib), Local(2026, 11, 21, 10, kWib));
}

TEST_F(WorkingCalendarTest, AddWorkingSecondsInvertsWorkingSecondsBetween) {
  const IndonesianTimeZone zones[] = {IndonesianTimeZone::kWib, IndonesianTimeZone::kWita, IndonesianTimeZone::kWit};
  const std::int64_t spans[] = {1, kHour, 2 * kSecondsPerDay, 15 * kSecondsPerDay + 7 * kHour};
  for (IndonesianTimeZone zone : zones) {
    // Every 13 hours through the Idul Fitri weeks of 2026, when most days are off.
    for (UnixSeconds start = Local(2026, 3, 12, 0, zone); start < Local(2026, 3, 27, 0, zone); start += 13 * kHour) {
      for (std::int64_t span : spans) {
        const UnixSeconds end = calendar_.AddWorkingSeconds(start, span, zone);
        EXPECT_EQ(calendar_.WorkingSecondsBetween(start, end, zone), span) << TimeZoneName(zone) << " " << start;
        EXPECT_TRUE(calendar_.IsWorkingDay(LocalDate(end - 1, zone))) << "a deadline ends inside a working day";
      }
    }
  }
}

// Reference: walk day by day with the public API.
std::int64_t SlowWorkingSeconds(const WorkingCalendar& calendar, UnixSeconds from, UnixSeconds to,
                                IndonesianTimeZone zone) {
  std::int64_t total = 0;
  for (CivilDate day = LocalDate(from, zone); LocalMidnight(day, zone) < to;
       day = CivilDate::FromDaysSinceEpoch(day.DaysSinceEpoch() + 1)) {
    if (!calendar.IsWorkingDay(day)) continue;
    const UnixSeconds start = std::max(from, LocalMidnight(day, zone));
    const UnixSeconds end = std::min(to, LocalMidnight(day, zone) + kSecondsPerDay);
    if (end > start) total += end - start;
  }
  return total;
}

TEST_F(WorkingCalendarTest, LongSpansAgreeWithADayByDayCount) {
  const IndonesianTimeZone zones[] = {IndonesianTimeZone::kWib, IndonesianTimeZone::kWita, IndonesianTimeZone::kWit};
  for (IndonesianTimeZone zone : zones) {
    for (UnixSeconds from = Local(2025, 12, 20, 5, zone); from < Local(2026, 2, 1, 0, zone); from += 61 * kHour) {
      for (std::int64_t days : {0, 1, 6, 30, 200, 500}) {
        const UnixSeconds to = from + days * kSecondsPerDay + 7 * kHour;
        EXPECT_EQ(calendar_.WorkingSecondsBetween(from, to, zone), SlowWorkingSeconds(calendar_, from, to, zone))
            << TimeZoneName(zone) << " " << from << " +" << days << " days";
      }
    }
  }
  // 2026 has 261 weekdays. Of its 25 days off, 4 fall on a weekend (Idul Fitri 21-22 March, Paskah 5 April,
  // Waisak 31 May), so 261 - 21 = 240 working days.
  EXPECT_EQ(calendar_.WorkingDaysBetween(CivilDate{2025, 12, 31}, CivilDate{2026, 12, 31}), 240);
}

}  // namespace
}  // namespace tepat::domain
