#pragma once
// CodeTable: an enum's stable wire codes as a constexpr array of (value, code) pairs, with the two look-ups every
// such enum needs. Exact, case-sensitive matching (wire codes, not text typed by people: see code_text.hpp).
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace tepat::domain {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

/// The code of `value`; the first entry's code when `value` is missing from the table. Pure.
template <typename Enum, std::size_t N>
const char* CodeOf(const CodeTable<Enum, N>& table, Enum value) {
  for (const auto& [known, code] : table) {
    if (known == value) return code;
  }
  return table.front().second;
}

/// The value whose code is exactly `code`; nullopt when there is none. Pure.
template <typename Enum, std::size_t N>
std::optional<Enum> ParseCode(const CodeTable<Enum, N>& table, std::string_view code) {
  for (const auto& [value, known] : table) {
    if (code == known) return value;
  }
  return std::nullopt;
}

}  // namespace tepat::domain
