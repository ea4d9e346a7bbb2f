#pragma once
// CivilDate: a calendar date (proleptic Gregorian) without time or zone, e.g. a birth date or a decree date.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace tepat::domain {

/// A calendar date. Value type; cheap to copy; thread-compatible. A default-constructed value is 1970-01-01.
/// Construct through FromYmd (checked) unless the fields are known to be valid.
struct CivilDate {
  int year = 1970;
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-31, valid for the month

  /// Returns the date when (year, month, day) is a real calendar day, otherwise nullopt (e.g. 31/04, 29/02/1900).
  static std::optional<CivilDate> FromYmd(int year, int month, int day);
  /// The date `days` days after 1970-01-01 (negative before it).
  static CivilDate FromDaysSinceEpoch(std::int64_t days);
  /// Days since 1970-01-01 (negative before it).
  std::int64_t DaysSinceEpoch() const;

  /// ISO form "1980-12-31".
  std::string Iso() const;
  /// The form users read in Indonesia: "31/12/1980".
  std::string Dmy() const;

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// True for leap years of the Gregorian calendar.
bool IsLeapYear(int year);
/// Number of days in `month` (1-12) of `year`; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);

}  // namespace tepat::domain
