#include "ingest/excel_date.hpp"

#include <cmath>

namespace tepat::ingest {
namespace {

constexpr std::int64_t kFakeLeapDaySerial = 60;  // 29/02/1900, which Excel counts although it never existed
const std::int64_t kEpoch1900Days = domain::CivilDate{1899, 12, 30}.DaysSinceEpoch();  // serial 0 for serials > 60
const std::int64_t kEpoch1904Days = domain::CivilDate{1904, 1, 1}.DaysSinceEpoch();

}  // namespace

std::optional<domain::CivilDate> ExcelSerialToDate(double serial, bool date1904) {
  if (std::isnan(serial) || serial > kMaxExcelSerial) return std::nullopt;
  const auto whole = static_cast<std::int64_t>(std::floor(serial));
  if (date1904) {
    if (whole < 0) return std::nullopt;
    return domain::CivilDate::FromDaysSinceEpoch(kEpoch1904Days + whole);
  }
  if (whole < 1 || whole == kFakeLeapDaySerial) return std::nullopt;
  // Before the fake leap day the count is one day ahead of the real calendar.
  const std::int64_t days = whole < kFakeLeapDaySerial ? whole + 1 : whole;
  return domain::CivilDate::FromDaysSinceEpoch(kEpoch1900Days + days);
}

double DateToExcelSerial(const domain::CivilDate& date) {
  const std::int64_t days = date.DaysSinceEpoch() - kEpoch1900Days;
  return static_cast<double>(days < kFakeLeapDaySerial + 1 ? days - 1 : days);
}

}  // namespace tepat::ingest
