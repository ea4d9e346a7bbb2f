#pragma once
// Excel date serial numbers: days since Excel's epoch, as stored in XLSX numeric cells with a date format.
#include <optional>
#include <string_view>

#include "domain/civil_date.hpp"

namespace tepat::ingest {

/// Largest serial Excel accepts (31/12/9999).
inline constexpr double kMaxExcelSerial = 2958465.0;

/// The date of serial `serial` (time of day dropped). In the 1900 system (the default) serial 1 is 1900-01-01 and
/// serial 60 is Excel's non-existent 29/02/1900 (nullopt); in the 1904 system (`date1904`, old Mac workbooks) serial
/// 0 is 1904-01-01. Returns nullopt outside 1..kMaxExcelSerial (0.. in 1904) or for NaN. Pure; thread-safe.
std::optional<domain::CivilDate> ExcelSerialToDate(double serial, bool date1904 = false);

/// The serial of `date` in the 1900 system (for writing templates and reports). Pure; thread-safe.
double DateToExcelSerial(const domain::CivilDate& date);

}  // namespace tepat::ingest
