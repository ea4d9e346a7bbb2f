#pragma once
// Generic text clean-up used before comparing values: case, punctuation, spacing, digits, dates.
#include <string>
#include <string_view>
#include <vector>

namespace tepat::match {

/// Lower-cases ASCII letters, turns every other punctuation or space run into one space, drops apostrophes
/// ("Ma'ruf" -> "maruf") and trims. Bytes of UTF-8 sequences are kept as they are. Pure; thread-safe.
std::string NormalizeText(std::string_view text);

/// Splits on single spaces (input as produced by NormalizeText). Views point into `text`.
std::vector<std::string_view> SplitTokens(std::string_view text);

/// Keeps only the ASCII digits of `text` ("3273-01 12" -> "32730112").
std::string DigitsOnly(std::string_view text);

/// Turns a date into "YYYYMMDD": accepts "YYYYMMDD", "YYYY-MM-DD", "YYYY/MM/DD", "DD-MM-YYYY", "DD/MM/YYYY" and
/// "DD.MM.YYYY" (one-digit day or month allowed when separated). Returns "" when the text is not one of these.
/// Day and month ranges are not checked, so a mistyped date still compares digit by digit.
std::string NormalizeDate(std::string_view text);

}  // namespace tepat::match
