#include "app/json_settings.hpp"

#include <boost/json/basic_parser_impl.hpp>  // basic_parser with our own handler (documented header; not src.hpp)

namespace tepat::app {
namespace {

using domain::InvalidArgument;
using domain::Status;
namespace json = boost::json;


// "settings JSON line L, column C: what" for the byte `offset` of `text`.
Status JsonError(std::string_view text, size_t offset, std::string_view what) {
  size_t line = 1;
  size_t column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return InvalidArgument(fmt::format("settings JSON line {}, column {}: {}", line, column, what));
}

// A Boost.JSON parser handler that builds nothing and stops at the first object key seen twice in one object
// (boost::json::parse keeps the last one silently).
class DuplicateKeyFinder {
 public:
  static constexpr std::size_t max_object_size = json::object::max_size();
  static constexpr std::size_t max_array_size = json::array::max_size();
  static constexpr std::size_t max_key_size = json::string::max_size();
  static constexpr std::size_t max_string_size = json::string::max_size();

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) {
    keys_.emplace_back();
    return true;
  }
  bool on_object_end(std::size_t, json::error_code&) {
    keys_.pop_back();
    return true;
  }
  bool on_array_begin(json::error_code&) { return true; }
  bool on_array_end(std::size_t, json::error_code&) { return true; }
  bool on_key_part(json::string_view part, std::size_t, json::error_code&) {
    pending_.append(part.data(), part.size());
    return true;
  }
  bool on_key(json::string_view part, std::size_t, json::error_code& ec) {
    pending_.append(part.data(), part.size());
    std::vector<std::string>& seen = keys_.back();
    for (const std::string& key : seen) {
      if (key == pending_) {
        duplicate_ = pending_;
        ec = json::error::syntax;
        return false;
      }
    }
    seen.push_back(std::move(pending_));
    pending_.clear();
    return true;
  }
  bool on_string_part(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_string(json::string_view, std::size_t, json::error_code&) { return true; }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t, json::string_view, json::error_code&) { return true; }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code&) { return true; }
  bool on_double(double, json::string_view, json::error_code&) { return true; }
  bool on_bool(bool, json::error_code&) { return true; }
  bool on_null(json::error_code&) { return true; }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }

  /// The key seen twice; empty while none was.
  const std::string& duplicate() const { return duplicate_; }

 private:
  std::vector<std::vector<std::string>> keys_;  // keys of every open object, innermost last
  std::string pending_;
  std::string duplicate_;
};

}  // namespace

// Parses a strict JSON document (no comments, no trailing commas), refusing an object with the same key twice.
domain::Result<json::value> ParseSettingsJson(std::string_view text) {
  json::parser parser;
  json::error_code ec;
  const size_t used = parser.write(text.data(), text.size(), ec);
  if (ec) {
    return JsonError(text, used,
                     ec.message() + "; the file is not valid JSON (check quotes, commas, colons and brackets there)");
  }
  json::value value = parser.release();
  json::basic_parser<DuplicateKeyFinder> finder(json::parse_options{});
  const size_t checked = finder.write_some(false, text.data(), text.size(), ec);
  if (!finder.handler().duplicate().empty()) {
    return JsonError(text, checked, fmt::format("key \"{}\" appears twice in one object", finder.handler().duplicate()));
  }
  return value;
}

// "null", "boolean", "number", "string", "array" or "object": how messages name a JSON value's kind.
const char* KindName(const json::value& value) {
  if (value.is_null()) return "null";
  if (value.is_bool()) return "boolean";
  if (value.is_number()) return "number";
  if (value.is_string()) return "string";
  if (value.is_array()) return "array";
  return "object";
}

// The value of a number (any of Boost.JSON's int64, uint64 or double) as a double, like the file's text reads.
double NumberOf(const json::value& value) {
  if (value.is_int64()) return static_cast<double>(value.get_int64());
  if (value.is_uint64()) return static_cast<double>(value.get_uint64());
  return value.get_double();
}

std::string JoinNames(const std::vector<std::string_view>& names) {
  std::string out;
  for (const std::string_view name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace tepat::app
