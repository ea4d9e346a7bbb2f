#pragma once
// SqlParam: a value bound to one `?` placeholder.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace tepat::store::sql {

/// NULL, a 64-bit integer, or text. Booleans are bound as 0/1 integers (portable across both engines).
using SqlParam = std::variant<std::nullptr_t, std::int64_t, std::string>;
using SqlParams = std::vector<SqlParam>;

}  // namespace tepat::store::sql
