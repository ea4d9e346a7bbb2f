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

namespace {

/// Writes `value` (0 <= value < 10^width) as `width` digits, zero-padded, at `out`.
void PutDigits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

/// True when the fields fit the fixed-width formats (4-digit year, 2-digit month and day).
bool FitsFixedWidth(const CivilDate& date) {
  return date.year >= 0 && date.year <= 9999 && date.month >= 0 && date.month <= 99 && date.day >= 0 &&
         date.day <= 99;
}

}  // namespace

// Written digit by digit: an import formats a date per row, where snprintf cost more than parsing it.
std::string CivilDate::Iso() const {
  if (!FitsFixedWidth(*this)) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  std::string text(10, '-');
  PutDigits(text.data(), year, 4);
  PutDigits(text.data() + 5, month, 2);
  PutDigits(text.data() + 8, day, 2);
  return text;
}

std::string CivilDate::Dmy() const {
  if (!FitsFixedWidth(*this)) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day, month, year);
    return buf;
  }
  std::string text(10, '/');
  PutDigits(text.data(), day, 2);
  PutDigits(text.data() + 3, month, 2);
  PutDigits(text.data() + 6, year, 4);
  return text;
}

}  // namespace tepat::domain
