#include "domain/working_days.hpp"

#include <algorithm>

namespace tepat::domain {
namespace {

constexpr std::int64_t kSecondsPerHour = 60 * 60;
constexpr std::int64_t kWibHours = 7;
constexpr std::int64_t kWitaHours = 8;
constexpr std::int64_t kWitHours = 9;
constexpr int kDaysPerWeek = 7;
constexpr int kSunday = 0;
constexpr int kSaturday = 6;
constexpr int kEpochDayOfWeek = 4;  // 1970-01-01 was a Thursday

// Province codes (first two digits of a region code) by zone; every other province is WIB.
constexpr std::string_view kWitaProvinces[] = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"};
constexpr std::string_view kWitProvinces[] = {"81", "82", "91", "92", "93", "94", "95", "96"};

// Day of the week (0 = Sunday) of a day counted from 1970-01-01.
int DayOfWeekNumber(std::int64_t day) {
  const std::int64_t shifted = day + kEpochDayOfWeek;
  return static_cast<int>(((shifted % kDaysPerWeek) + kDaysPerWeek) % kDaysPerWeek);
}

bool IsWeekday(std::int64_t day) {
  const int dow = DayOfWeekNumber(day);
  return dow != kSunday && dow != kSaturday;
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

const char* TimeZoneName(IndonesianTimeZone zone) {
  switch (zone) {
    case IndonesianTimeZone::kWib: return "WIB";
    case IndonesianTimeZone::kWita: return "WITA";
    case IndonesianTimeZone::kWit: return "WIT";
  }
  return "WIB";
}

std::int64_t UtcOffsetSeconds(IndonesianTimeZone zone) {
  switch (zone) {
    case IndonesianTimeZone::kWib: return kWibHours * kSecondsPerHour;
    case IndonesianTimeZone::kWita: return kWitaHours * kSecondsPerHour;
    case IndonesianTimeZone::kWit: return kWitHours * kSecondsPerHour;
  }
  return kWibHours * kSecondsPerHour;
}

IndonesianTimeZone TimeZoneOfRegion(const RegionCode& region) {
  const std::string_view province = std::string_view(region.compact()).substr(0, 2);
  if (std::ranges::find(kWitProvinces, province) != std::end(kWitProvinces)) return IndonesianTimeZone::kWit;
  if (std::ranges::find(kWitaProvinces, province) != std::end(kWitaProvinces)) return IndonesianTimeZone::kWita;
  return IndonesianTimeZone::kWib;
}

CivilDate LocalDate(UnixSeconds at, IndonesianTimeZone zone) {
  return CivilDate::FromDaysSinceEpoch(FloorDiv(at + UtcOffsetSeconds(zone), kSecondsPerDay));
}

UnixSeconds LocalMidnight(const CivilDate& date, IndonesianTimeZone zone) {
  return date.DaysSinceEpoch() * kSecondsPerDay - UtcOffsetSeconds(zone);
}

int DayOfWeek(const CivilDate& date) { return DayOfWeekNumber(date.DaysSinceEpoch()); }

const std::vector<Holiday>& DefaultHolidays() {
  constexpr HolidayKind kNat = HolidayKind::kNational;
  constexpr HolidayKind kCuti = HolidayKind::kCutiBersama;
  constexpr bool kConfirmed = false;
  constexpr bool kEstimate = true;

  // 2026: SKB 3 Menteri (Menteri Agama 1497/2025, Menteri Ketenagakerjaan 2/2025, Menteri PANRB 5/2025).
  // 2027: estimates until the 2027 decree is entered; cuti bersama are not known in advance.
  static const std::vector<Holiday> kAll = {
      {{2026, 1, 1}, kNat, "Tahun Baru 2026 Masehi", kConfirmed},
      {{2026, 1, 16}, kNat, "Isra Mikraj Nabi Muhammad SAW", kConfirmed},
      {{2026, 2, 16}, kCuti, "Cuti bersama Tahun Baru Imlek", kConfirmed},
      {{2026, 2, 17}, kNat, "Tahun Baru Imlek 2577 Kongzili", kConfirmed},
      {{2026, 3, 18}, kCuti, "Cuti bersama Hari Suci Nyepi", kConfirmed},
      {{2026, 3, 19}, kNat, "Hari Suci Nyepi Tahun Baru Saka 1948", kConfirmed},
      {{2026, 3, 20}, kCuti, "Cuti bersama Idul Fitri 1447 H", kConfirmed},
      {{2026, 3, 21}, kNat, "Hari Raya Idul Fitri 1447 H", kConfirmed},
      {{2026, 3, 22}, kNat, "Hari Raya Idul Fitri 1447 H", kConfirmed},
      {{2026, 3, 23}, kCuti, "Cuti bersama Idul Fitri 1447 H", kConfirmed},
      {{2026, 3, 24}, kCuti, "Cuti bersama Idul Fitri 1447 H", kConfirmed},
      {{2026, 4, 3}, kNat, "Wafat Yesus Kristus", kConfirmed},
      {{2026, 4, 5}, kNat, "Kebangkitan Yesus Kristus (Paskah)", kConfirmed},
      {{2026, 5, 1}, kNat, "Hari Buruh Internasional", kConfirmed},
      {{2026, 5, 14}, kNat, "Kenaikan Yesus Kristus", kConfirmed},
      {{2026, 5, 15}, kCuti, "Cuti bersama Kenaikan Yesus Kristus", kConfirmed},
      {{2026, 5, 27}, kNat, "Hari Raya Idul Adha 1447 H", kConfirmed},
      {{2026, 5, 28}, kCuti, "Cuti bersama Idul Adha 1447 H", kConfirmed},
      {{2026, 5, 31}, kNat, "Hari Raya Waisak 2570 BE", kConfirmed},
      {{2026, 6, 1}, kNat, "Hari Lahir Pancasila", kConfirmed},
      {{2026, 6, 16}, kNat, "Tahun Baru Islam 1448 H", kConfirmed},
      {{2026, 8, 17}, kNat, "Hari Proklamasi Kemerdekaan RI", kConfirmed},
      {{2026, 8, 25}, kNat, "Maulid Nabi Muhammad SAW", kConfirmed},
      {{2026, 12, 24}, kCuti, "Cuti bersama Kelahiran Yesus Kristus", kConfirmed},
      {{2026, 12, 25}, kNat, "Kelahiran Yesus Kristus", kConfirmed},
      {{2027, 1, 1}, kNat, "Tahun Baru 2027 Masehi", kConfirmed},
      {{2027, 1, 5}, kNat, "Isra Mikraj Nabi Muhammad SAW (perkiraan)", kEstimate},
      {{2027, 2, 6}, kNat, "Tahun Baru Imlek 2578 Kongzili (perkiraan)", kEstimate},
      {{2027, 3, 9}, kNat, "Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)", kEstimate},
      {{2027, 3, 10}, kNat, "Hari Raya Idul Fitri 1448 H (perkiraan)", kEstimate},
      {{2027, 3, 11}, kNat, "Hari Raya Idul Fitri 1448 H (perkiraan)", kEstimate},
      {{2027, 3, 26}, kNat, "Wafat Yesus Kristus", kConfirmed},
      {{2027, 3, 28}, kNat, "Kebangkitan Yesus Kristus (Paskah)", kConfirmed},
      {{2027, 5, 1}, kNat, "Hari Buruh Internasional", kConfirmed},
      {{2027, 5, 6}, kNat, "Kenaikan Yesus Kristus", kConfirmed},
      {{2027, 5, 17}, kNat, "Hari Raya Idul Adha 1448 H (perkiraan)", kEstimate},
      {{2027, 5, 20}, kNat, "Hari Raya Waisak 2571 BE (perkiraan)", kEstimate},
      {{2027, 6, 1}, kNat, "Hari Lahir Pancasila", kConfirmed},
      {{2027, 6, 6}, kNat, "Tahun Baru Islam 1449 H (perkiraan)", kEstimate},
      {{2027, 8, 15}, kNat, "Maulid Nabi Muhammad SAW (perkiraan)", kEstimate},
      {{2027, 8, 17}, kNat, "Hari Proklamasi Kemerdekaan RI", kConfirmed},
      {{2027, 12, 25}, kNat, "Kelahiran Yesus Kristus", kConfirmed},
  };
  return kAll;
}

WorkingCalendar::WorkingCalendar(std::span<const CivilDate> holidays) {
  holidays_.reserve(holidays.size());
  for (const CivilDate& date : holidays) holidays_.push_back(date.DaysSinceEpoch());
  std::ranges::sort(holidays_);
  holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
}

WorkingCalendar WorkingCalendar::FromHolidays(std::span<const Holiday> holidays) {
  std::vector<CivilDate> dates;
  dates.reserve(holidays.size());
  for (const Holiday& h : holidays) dates.push_back(h.date);
  return WorkingCalendar(dates);
}

WorkingCalendar WorkingCalendar::Default() { return FromHolidays(DefaultHolidays()); }

bool WorkingCalendar::IsHoliday(std::int64_t day) const { return std::ranges::binary_search(holidays_, day); }

bool WorkingCalendar::IsWorkingDayNumber(std::int64_t day) const { return IsWeekday(day) && !IsHoliday(day); }

bool WorkingCalendar::IsWorkingDay(const CivilDate& date) const { return IsWorkingDayNumber(date.DaysSinceEpoch()); }

CivilDate WorkingCalendar::AddWorkingDays(const CivilDate& date, int days) const {
  std::int64_t day = date.DaysSinceEpoch();
  for (int found = 0; found < days;) {
    ++day;
    if (IsWorkingDayNumber(day)) ++found;
  }
  return CivilDate::FromDaysSinceEpoch(day);
}

int WorkingCalendar::WorkingDaysBetween(const CivilDate& from, const CivilDate& to) const {
  return static_cast<int>(CountWorkingDays(from.DaysSinceEpoch() + 1, to.DaysSinceEpoch() + 1));
}

std::int64_t WorkingCalendar::CountWorkingDays(std::int64_t first, std::int64_t end) const {
  constexpr std::int64_t kWorkingDaysPerWeek = 5;
  if (end <= first) return 0;
  const std::int64_t weeks = (end - first) / kDaysPerWeek;
  std::int64_t count = weeks * kWorkingDaysPerWeek;
  for (std::int64_t day = first + weeks * kDaysPerWeek; day < end; ++day) {
    if (IsWeekday(day)) ++count;
  }
  const auto lo = std::ranges::lower_bound(holidays_, first);
  const auto hi = std::ranges::lower_bound(holidays_, end);
  count -= std::count_if(lo, hi, [](std::int64_t day) { return IsWeekday(day); });
  return count;
}

std::int64_t WorkingCalendar::WorkingSecondsBetween(UnixSeconds from, UnixSeconds to, IndonesianTimeZone zone) const {
  if (to <= from) return 0;
  const std::int64_t offset = UtcOffsetSeconds(zone);
  const std::int64_t first_day = FloorDiv(from + offset, kSecondsPerDay);
  const std::int64_t last_day = FloorDiv(to + offset, kSecondsPerDay);
  auto day_start = [offset](std::int64_t day) { return day * kSecondsPerDay - offset; };
  if (first_day == last_day) return IsWorkingDayNumber(first_day) ? to - from : 0;
  std::int64_t total = CountWorkingDays(first_day + 1, last_day) * kSecondsPerDay;
  if (IsWorkingDayNumber(first_day)) total += day_start(first_day + 1) - from;
  if (IsWorkingDayNumber(last_day)) total += to - day_start(last_day);
  return total;
}

UnixSeconds WorkingCalendar::AddWorkingSeconds(UnixSeconds start, std::int64_t seconds, IndonesianTimeZone zone) const {
  if (seconds <= 0) return start;
  const std::int64_t offset = UtcOffsetSeconds(zone);
  std::int64_t remaining = seconds;
  UnixSeconds position = start;
  for (std::int64_t day = FloorDiv(start + offset, kSecondsPerDay);; ++day) {
    const UnixSeconds day_start = day * kSecondsPerDay - offset;
    const UnixSeconds day_end = day_start + kSecondsPerDay;
    if (IsWorkingDayNumber(day)) {
      const UnixSeconds from = std::max(position, day_start);
      if (remaining <= day_end - from) return from + remaining;
      remaining -= day_end - from;
    }
    position = day_end;
  }
}

}  // namespace tepat::domain
