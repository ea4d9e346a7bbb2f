#pragma once
// WorkingCalendar: working days (Monday-Friday minus national holidays and cuti bersama) and working time, counted
// in the local time of a region (WIB, WITA or WIT), for deadlines such as "first answer within 2x24 hours in working
// days" (seed 002) or "done in 7-15 working days". Times are stored in UTC (UnixSeconds); days are local.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/civil_date.hpp"
#include "domain/region_code.hpp"

namespace tepat::domain {

/// Seconds in one calendar day.
inline constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

/// Indonesia's three time zones (none observes daylight saving).
enum class IndonesianTimeZone {
  kWib,   ///< Waktu Indonesia Barat, UTC+7
  kWita,  ///< Waktu Indonesia Tengah, UTC+8
  kWit,   ///< Waktu Indonesia Timur, UTC+9
};

/// "WIB", "WITA" or "WIT".
const char* TimeZoneName(IndonesianTimeZone zone);
/// Offset from UTC in seconds (7, 8 or 9 hours).
std::int64_t UtcOffsetSeconds(IndonesianTimeZone zone);
/// The zone of a region, from its province (first two digits): Bali, NTB, NTT, Kalimantan Selatan/Timur/Utara and
/// every Sulawesi province (incl. Gorontalo) are WITA; Maluku, Maluku Utara and every Papua province are WIT;
/// everything else (Sumatra, Java, Kalimantan Barat/Tengah) is WIB. Pure; thread-safe.
IndonesianTimeZone TimeZoneOfRegion(const RegionCode& region);

/// The local calendar date of a UTC time in `zone`.
CivilDate LocalDate(UnixSeconds at, IndonesianTimeZone zone);
/// The UTC time of local midnight at the start of `date` in `zone`.
UnixSeconds LocalMidnight(const CivilDate& date, IndonesianTimeZone zone);
/// Day of the week of a date: 0 = Sunday (Minggu) ... 6 = Saturday (Sabtu).
int DayOfWeek(const CivilDate& date);

/// Why a day is off.
enum class HolidayKind {
  kNational,     ///< hari libur nasional
  kCutiBersama,  ///< collective leave fixed by the same decree; government offices are closed
};

/// One day off from the official list (SKB Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB).
struct Holiday {
  CivilDate date;
  HolidayKind kind = HolidayKind::kNational;
  std::string name;          ///< Indonesian name, e.g. "Hari Raya Idul Fitri 1447 H"
  bool provisional = false;  ///< an estimate (decree not yet in the built-in list); admins should confirm it
};

/// The built-in default list: 2026 as fixed by SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025 (17 national holidays
/// and 8 days of cuti bersama), and 2027 as provisional estimates (fixed-date holidays, Easter-based dates and
/// estimated Islamic, Chinese, Balinese and Buddhist dates; no cuti bersama). A default only: the service layer
/// lets admins replace it. Sorted by date. Thread-safe.
const std::vector<Holiday>& DefaultHolidays();

/// Working days and working time. A working day is Monday-Friday and not in the holiday list; working time is every
/// second of a working day (whole days, no office hours), so "2x24 hours in working days" means 48 hours of
/// working days. Immutable after construction; safe for concurrent use.
class WorkingCalendar {
 public:
  /// A calendar whose days off are `holidays` (duplicates and order do not matter).
  explicit WorkingCalendar(std::span<const CivilDate> holidays);
  /// A calendar from a holiday list (every entry counts, provisional or not).
  static WorkingCalendar FromHolidays(std::span<const Holiday> holidays);
  /// The calendar of DefaultHolidays().
  static WorkingCalendar Default();

  /// True for Monday-Friday that is not a holiday.
  bool IsWorkingDay(const CivilDate& date) const;
  /// The `days`-th working day after `date` (date itself not counted); `date` for days <= 0.
  CivilDate AddWorkingDays(const CivilDate& date, int days) const;
  /// Number of working days d with from < d <= to; 0 when to <= from.
  int WorkingDaysBetween(const CivilDate& from, const CivilDate& to) const;

  /// Seconds of working days in [from, to), days taken in `zone`; 0 when to <= from.
  std::int64_t WorkingSecondsBetween(UnixSeconds from, UnixSeconds to, IndonesianTimeZone zone) const;
  /// The earliest time t >= start such that WorkingSecondsBetween(start, t) == seconds, i.e. a deadline of
  /// `seconds` working time. Counting that starts on a day off begins at the next working day's local midnight.
  /// Returns `start` for seconds <= 0.
  UnixSeconds AddWorkingSeconds(UnixSeconds start, std::int64_t seconds, IndonesianTimeZone zone) const;

 private:
  bool IsHoliday(std::int64_t day) const;
  bool IsWorkingDayNumber(std::int64_t day) const;
  // Working days among days [first, end) counted from 1970-01-01; O(log holidays + holidays in range).
  std::int64_t CountWorkingDays(std::int64_t first, std::int64_t end) const;

  std::vector<std::int64_t> holidays_;  ///< days since epoch, sorted, unique
};

}  // namespace tepat::domain
