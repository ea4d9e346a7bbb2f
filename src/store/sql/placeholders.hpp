#pragma once
// Placeholder rewriting: `?` (SQLite, and how every Tepat statement is written) to `$1..$n` (PostgreSQL).
#include <string>
#include <string_view>

namespace tepat::store::sql {

/// Rewrites each `?` outside quoted literals ('...', "...") and comments (-- ..., /* ... */) to `$1`, `$2`, ...
/// in order. Pure.
std::string NumberPlaceholders(std::string_view sql);

}  // namespace tepat::store::sql
