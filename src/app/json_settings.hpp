#pragma once
// Strict JSON for settings files (matching settings, screening rules): parse refusing repeated keys, and read an
// object's members by name, refusing unknown keys, with messages that name the key ("fields[0].levels[1].threshold").
#include <boost/json.hpp>

#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "fmt/format.h"

namespace tepat::app {

/// Parses a strict JSON document (no comments, no trailing commas), refusing an object with the same key twice.
/// InvalidArgument naming the line and column otherwise.
domain::Result<boost::json::value> ParseSettingsJson(std::string_view text);

/// "null", "boolean", "number", "string", "array" or "object": how messages name a JSON value's kind.
const char* KindName(const boost::json::value& value);

/// The value of a number (Boost.JSON's int64, uint64 or double) as a double, as the file's text reads.
double NumberOf(const boost::json::value& value);

/// "a, b, c".
std::string JoinNames(const std::vector<std::string_view>& names);

/// Largest whole number a double holds exactly (2^53).
inline constexpr double kMaxExactInteger = 9007199254740992.0;

/// Reads the members of one JSON object at `path` (e.g. "thresholds"; "" for the root), refusing keys not in
/// `allowed`. Missing optional members leave the output unchanged. Holds a reference to `value`.
class ObjectReader {
 public:
  ObjectReader(const boost::json::value& value, std::string path, std::initializer_list<std::string_view> allowed)
      : value_(value), path_(std::move(path)), allowed_(allowed) {}

  domain::Status Check() const {
    if (!value_.is_object()) return domain::InvalidArgument(Name() + " must be an object, not " + KindName(value_));
    for (const auto& member : value_.get_object()) {
      const std::string_view key = member.key();
      bool known = false;
      for (const std::string_view allowed : allowed_) known = known || key == allowed;
      if (!known) {
        return domain::InvalidArgument(fmt::format("unknown key \"{}\" in settings; allowed keys here are: {}", Key(key),
                                           JoinNames(allowed_)));
      }
    }
    return domain::Status::Ok();
  }

  const boost::json::value* Find(std::string_view key) const {
    return value_.get_object().if_contains(key);
  }

  std::string Key(std::string_view key) const { return path_.empty() ? std::string(key) : path_ + "." + std::string(key); }

  domain::Status String(std::string_view key, std::string& out, bool required) const {
    const boost::json::value* v = Find(key);
    if (v == nullptr) return required ? domain::InvalidArgument(Key(key) + " is required (a string)") : domain::Status::Ok();
    if (!v->is_string()) return domain::InvalidArgument(fmt::format("{} must be a string, not {}", Key(key), KindName(*v)));
    out = std::string(v->get_string());
    return domain::Status::Ok();
  }

  domain::Status Number(std::string_view key, double& out) const {
    const boost::json::value* v = Find(key);
    if (v == nullptr) return domain::Status::Ok();
    if (!v->is_number()) return domain::InvalidArgument(fmt::format("{} must be a number, not {}", Key(key), KindName(*v)));
    out = NumberOf(*v);
    return domain::Status::Ok();
  }

  template <typename Integer>
  domain::Status Whole(std::string_view key, Integer& out) const {
    const boost::json::value* v = Find(key);
    if (v == nullptr) return domain::Status::Ok();
    if (!v->is_number() || NumberOf(*v) < 0 || std::floor(NumberOf(*v)) != NumberOf(*v) ||
        NumberOf(*v) > kMaxExactInteger) {
      return domain::InvalidArgument(Key(key) + " must be a whole number >= 0");
    }
    out = static_cast<Integer>(NumberOf(*v));
    return domain::Status::Ok();
  }

  domain::Status Bool(std::string_view key, bool& out) const {
    const boost::json::value* v = Find(key);
    if (v == nullptr) return domain::Status::Ok();
    if (!v->is_bool()) return domain::InvalidArgument(Key(key) + " must be true or false");
    out = v->get_bool();
    return domain::Status::Ok();
  }

  const std::string& path() const { return path_; }

 private:
  std::string Name() const { return path_.empty() ? "the settings file" : path_; }

  const boost::json::value& value_;
  std::string path_;
  std::vector<std::string_view> allowed_;  // copied: an initializer_list's array dies with the full expression
};


/// Returns the Status of `expr` when it is not OK.
#define TEPAT_RETURN_IF_ERROR(expr)                   \
  do {                                                \
    if (::tepat::domain::Status _s = (expr); !_s.ok()) return _s; \
  } while (false)

}  // namespace tepat::app
