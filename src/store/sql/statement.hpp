#pragma once
// Statement: one named SQL statement with `?` placeholders, the unit that adapters prepare, cache and report.
#include <string_view>

namespace tepat::store::sql {

/// A SQL statement written once for both engines. `name` appears in error messages (where a failure started);
/// `text` uses `?` placeholders, which the PostgreSQL adapter rewrites to `$1..$n`. Both views must outlive every
/// connection that ran the statement (adapters cache prepared statements by text): use string literals or
/// strings with static storage.
struct Statement {
  std::string_view name;
  std::string_view text;
};

}  // namespace tepat::store::sql
