#pragma once
// PhoneNumber: Indonesian phone numbers as people type them (0812-3456-7890, +62 812 3456 7890, 021-5551234),
// normalised to E.164 (+6281234567890) and masked for display (+62812****7890).
#include <optional>
#include <string>
#include <string_view>

namespace tepat::domain {

/// What is wrong with a typed phone number. Messages built from it never repeat the number.
enum class PhoneIssue {
  kEmpty,          ///< nothing but spaces
  kBadCharacters,  ///< letters or symbols other than spaces, dashes, dots, parentheses and one leading '+'
  kNoPrefix,       ///< does not start with 0, 62 or +62 (foreign and short service numbers are refused)
  kNotSubscriber,  ///< a special range: 0800/0809 (toll-free/premium), 1xx service codes, 0 after the prefix
  kWrongLength,    ///< too few or too many digits for a mobile (08xx) or landline (area code + number)
};

/// Stable snake_case name of an issue ("wrong_length"), for tests and machine-readable reports.
const char* PhoneIssueName(PhoneIssue issue);

/// Kind of a valid number.
enum class PhoneKind { kMobile, kLandline };

/// A valid Indonesian phone number.
struct PhoneNumber {
  std::string e164;  ///< "+62" followed by the national significant number, e.g. "+6281234567890"
  PhoneKind kind = PhoneKind::kMobile;
};

/// Outcome of ParsePhoneNumber: exactly one of `number` and `issue` is set.
struct PhoneCheck {
  std::optional<PhoneNumber> number;
  std::optional<PhoneIssue> issue;
  bool ok() const { return number.has_value(); }
};

/// Parses a typed Indonesian number. Accepts 08xx..., 628xx..., +628xx... (mobile: 9-12 digits after the country
/// code, not 80x) and landlines with an area code, e.g. 021-5551234, (0361) 234567, +62 21 5551234 (7-11 digits
/// after the country code, first digit 2-7 or 9). Spaces (also no-break spaces), dashes, dots and parentheses are
/// ignored. Pure; thread-safe.
PhoneCheck ParsePhoneNumber(std::string_view raw);

/// Masks an E.164 number for display: the country code, the next 3 digits and the last 4 stay, at least 2 digits
/// in between become '*' ("+6281234567890" -> "+62812****7890"); shorter numbers keep fewer leading digits.
/// Text that is not "+62" plus digits is fully masked ("****"). Pure; thread-safe.
std::string MaskPhoneNumber(std::string_view e164);

}  // namespace tepat::domain
