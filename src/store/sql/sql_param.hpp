#pragma once
// SqlParam: a value bound to one `?` placeholder.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tepat::store::sql {

/// NULL, a 64-bit integer, text, or a view of text that the caller keeps alive until the statement has run (bound
/// without a copy: the rows of a bulk load). Booleans are bound as 0/1 integers (portable across both engines).
/// A view never equals a std::string alternative (std::variant compares the alternative first), so values that are
/// compared (stored against incoming) are always std::string; views serve only to write new rows.
using SqlParam = std::variant<std::nullptr_t, std::int64_t, std::string, std::string_view>;
using SqlParams = std::vector<SqlParam>;

/// The text of a text parameter (std::string or view); "" for NULL and integers.
inline std::string_view ParamText(const SqlParam& param) {
  if (const auto* text = std::get_if<std::string>(&param)) return *text;
  if (const auto* view = std::get_if<std::string_view>(&param)) return *view;
  return {};
}

}  // namespace tepat::store::sql
