#pragma once
// JsonValue and ParseJson: a small strict JSON reader for settings files (RFC 8259, no comments).
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "domain/status.hpp"

namespace tepat::app {

/// A parsed JSON value. Objects keep their members in file order. Value type.
class JsonValue {
 public:
  using Array = std::vector<JsonValue>;
  using Object = std::vector<std::pair<std::string, JsonValue>>;

  JsonValue() = default;
  explicit JsonValue(bool b) : data_(b) {}
  explicit JsonValue(double n) : data_(n) {}
  explicit JsonValue(std::string s) : data_(std::move(s)) {}
  explicit JsonValue(Array a) : data_(std::move(a)) {}
  explicit JsonValue(Object o) : data_(std::move(o)) {}

  bool IsNull() const { return std::holds_alternative<std::monostate>(data_); }
  bool IsBool() const { return std::holds_alternative<bool>(data_); }
  bool IsNumber() const { return std::holds_alternative<double>(data_); }
  bool IsString() const { return std::holds_alternative<std::string>(data_); }
  bool IsArray() const { return std::holds_alternative<Array>(data_); }
  bool IsObject() const { return std::holds_alternative<Object>(data_); }
  /// Accessors: only after checking the kind.
  bool AsBool() const { return std::get<bool>(data_); }
  double AsNumber() const { return std::get<double>(data_); }
  const std::string& AsString() const { return std::get<std::string>(data_); }
  const Array& AsArray() const { return std::get<Array>(data_); }
  const Object& AsObject() const { return std::get<Object>(data_); }
  /// "null", "boolean", "number", "string", "array" or "object".
  const char* KindName() const;

 private:
  std::variant<std::monostate, bool, double, std::string, Array, Object> data_;
};

/// Parses one JSON document. Returns InvalidArgument with the line and column of the first error, and for an object
/// with the same key twice, naming the key.
domain::Result<JsonValue> ParseJson(std::string_view text);

}  // namespace tepat::app
