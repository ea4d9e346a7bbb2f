#include "store/sql/placeholders.hpp"

namespace tepat::store::sql {
namespace {

// Index just past the end of a quoted literal that opens at `start` (doubled quotes stay inside it).
std::size_t SkipQuoted(std::string_view sql, std::size_t start) {
  const char quote = sql[start];
  std::size_t i = start + 1;
  while (i < sql.size()) {
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

// Index just past the end of a comment that opens at `start`, or `start` when none opens there.
std::size_t SkipComment(std::string_view sql, std::size_t start) {
  if (sql.substr(start, 2) == "--") {
    std::size_t end = sql.find('\n', start);
    return end == std::string_view::npos ? sql.size() : end + 1;
  }
  if (sql.substr(start, 2) == "/*") {
    std::size_t end = sql.find("*/", start + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  return start;
}

}  // namespace

std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + sql.size() / 4);
  int next = 1;
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t skip_to = i;
    if (c == '\'' || c == '"') {
      skip_to = SkipQuoted(sql, i);
    } else {
      skip_to = SkipComment(sql, i);
    }
    if (skip_to != i) {
      out.append(sql.substr(i, skip_to - i));
      i = skip_to;
      continue;
    }
    if (c == '?') {
      out.push_back('$');
      out.append(std::to_string(next++));
    } else {
      out.push_back(c);
    }
    ++i;
  }
  return out;
}

}  // namespace tepat::store::sql
