#include "domain/civil_date.hpp"

#include <array>
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

/// The three fields joined by `separator`, each zero-padded to its width in `widths`. Written digit by digit: an
/// import formats a date per row, where snprintf cost more than parsing it; snprintf only for a field too wide or
/// negative.
std::string JoinPadded(const std::array<int, 3>& fields, const std::array<int, 3>& widths, char separator) {
  constexpr std::array<int, 5> kLimit = {1, 10, 100, 1000, 10000};
  bool fits = true;
  for (std::size_t i = 0; i < fields.size(); ++i) fits = fits && fields[i] >= 0 && fields[i] < kLimit[widths[i]];
  if (!fits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%0*d%c%0*d%c%0*d", widths[0], fields[0], separator, widths[1], fields[1],
                  separator, widths[2], fields[2]);
    return buf;
  }
  std::string text(static_cast<std::size_t>(widths[0] + widths[1] + widths[2] + 2), separator);
  std::size_t at = 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    int value = fields[i];
    for (int digit = widths[i] - 1; digit >= 0; --digit) {
      text[at + static_cast<std::size_t>(digit)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    at += static_cast<std::size_t>(widths[i]) + 1;
  }
  return text;
}

}  // namespace

std::string CivilDate::Iso() const { return JoinPadded({year, month, day}, {4, 2, 2}, '-'); }

std::string CivilDate::Dmy() const { return JoinPadded({day, month, year}, {2, 2, 4}, '/'); }

}  // namespace tepat::domain
