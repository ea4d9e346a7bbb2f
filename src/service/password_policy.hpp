#pragma once
// PasswordPolicy: OWASP ASVS 4 §2.1 rules — length 12..128 characters, no composition rules, and a refusal of
// common or guessable passwords.
#include <string_view>

#include "domain/status.hpp"

namespace tepat::service {

inline constexpr std::size_t kMinPasswordChars = 12;
inline constexpr std::size_t kMaxPasswordChars = 128;

/// OK, or kInvalidArgument with a message (English; the UI translates by code) saying what to change.
/// Counts characters as UTF-8 code points. `email` is used to refuse passwords built from it.
domain::Status CheckPassword(std::string_view password, std::string_view email);

/// True when `password` (case-insensitive) is on the built-in list of common passwords or follows a trivial
/// pattern (one repeated unit, a keyboard or digit run).
bool IsCommonPassword(std::string_view password);

}  // namespace tepat::service
