#include "domain/civil_date.hpp"

#include <cstdio>

namespace tepat::domain {
namespace {

constexpr int kMonthsPerYear = 12;
constexpr int kFebruary = 2;

// Days-from-civil and civil-from-days after Howard Hinnant's public-domain date algorithms (own implementation).
constexpr std::int64_t kDaysPerEra = 146097;
constexpr std::int64_t kYearsPerEra = 400;
constexpr std::int64_t kEpochShift = 719468;  // days from 0000-03-01 to 1970-01-01

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[kMonthsPerYear] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > kMonthsPerYear) return 0;
  if (month == kFebruary && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

std::optional<CivilDate> CivilDate::FromYmd(int year, int month, int day) {
  if (month < 1 || month > kMonthsPerYear || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return CivilDate{year, month, day};
}

std::int64_t CivilDate::DaysSinceEpoch() const {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= kFebruary ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - (kYearsPerEra - 1)) / kYearsPerEra;
  const std::int64_t year_of_era = y - era * kYearsPerEra;
  const std::int64_t shifted_month = month > kFebruary ? month - 3 : month + 9;
  const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era - kEpochShift;
}

CivilDate CivilDate::FromDaysSinceEpoch(std::int64_t days) {
  days += kEpochShift;
  const std::int64_t era = (days >= 0 ? days : days - (kDaysPerEra - 1)) / kDaysPerEra;
  const std::int64_t day_of_era = days - era * kDaysPerEra;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / (kDaysPerEra - 1)) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  const int year = static_cast<int>(year_of_era + era * kYearsPerEra + (month <= kFebruary ? 1 : 0));
  return CivilDate{year, month, day};
}

std::string CivilDate::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string CivilDate::Dmy() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day, month, year);
  return buf;
}

}  // namespace tepat::domain
