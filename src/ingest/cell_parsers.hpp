#pragma once
// Parsers for the typed cells of import files. Pure functions; thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "domain/civil_date.hpp"
#include "ingest/table_reader.hpp"

namespace tepat::ingest {

/// Why a date cell was refused.
enum class DateProblem {
  kUnrecognised,   ///< not one of the accepted forms
  kNotInCalendar,  ///< the form is right but the day does not exist (31/04/1980, or month and day swapped)
  kYearOnly,       ///< only a year ("1980")
  kTwoDigitYear,   ///< "31/12/80": the century is ambiguous
};

/// A parsed date or the reason it was refused.
using DateParse = std::variant<domain::CivilDate, DateProblem>;

/// Parses a date cell: an XLSX date cell; "31/12/1980", "31-12-1980", "31.12.1980" (day first; one-digit day or month
/// allowed; a time after a space is ignored); "1980-12-31" or "1980/12/31"; or an Excel serial number (text or
/// numeric cell, e.g. 29586 = 31/12/1980; a bare 4-digit number between 1800 and 2100 is taken as a year only).
DateParse ParseDateCell(const Cell& cell);

/// Indonesian and English reason for a DateProblem.
std::string DateProblemMessageId(DateProblem problem);
std::string DateProblemMessageEn(DateProblem problem);

/// Parses a whole number made of digits (an XLSX number may end in ".0"); nullopt otherwise or out of int64 range.
std::optional<std::int64_t> ParseWholeNumber(const Cell& cell);

/// Parses an amount in rupiah: "600000", "600.000", "Rp 600.000,00", "600,000", "IDR 600000" or an XLSX number.
/// Cents must be zero. nullopt otherwise or when negative.
std::optional<std::int64_t> ParseRupiah(const Cell& cell);

/// Trims the text and turns every run of whitespace (spaces, tabs, line breaks, no-break spaces) into one space.
std::string CleanText(std::string_view text);

}  // namespace tepat::ingest
