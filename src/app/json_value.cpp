#include "app/json_value.hpp"

#include <charconv>
#include <cstdint>

namespace tepat::app {
namespace {

constexpr int kMaxDepth = 64;
constexpr int kHexDigits = 4;
constexpr uint32_t kSurrogateFirst = 0xD800;
constexpr uint32_t kSurrogateLast = 0xDFFF;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  domain::Result<JsonValue> Document() {
    JsonValue value;
    if (!Value(value, 0)) return Error();
    SkipSpace();
    if (pos_ != text_.size()) {
      message_ = "unexpected text after the end of the document";
      return Error();
    }
    return value;
  }

 private:
  domain::Status Error() const {
    size_t line = 1;
    size_t column = 1;
    for (size_t i = 0; i < pos_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return domain::InvalidArgument("settings JSON line " + std::to_string(line) + ", column " +
                                   std::to_string(column) + ": " + message_);
  }

  bool Fail(std::string message) {
    if (message_.empty()) message_ = std::move(message);
    return false;
  }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return Fail("unknown literal; expected true, false or null");
    pos_ += word.size();
    return true;
  }

  bool Value(JsonValue& out, int depth) {
    if (depth > kMaxDepth) return Fail("nesting is too deep");
    SkipSpace();
    if (pos_ >= text_.size()) return Fail("unexpected end of the document");
    const char c = text_[pos_];
    if (c == '{') return ObjectValue(out, depth);
    if (c == '[') return ArrayValue(out, depth);
    if (c == '"') {
      std::string s;
      if (!String(s)) return false;
      out = JsonValue(std::move(s));
      return true;
    }
    if (c == 't') {
      out = JsonValue(true);
      return Literal("true");
    }
    if (c == 'f') {
      out = JsonValue(false);
      return Literal("false");
    }
    if (c == 'n') {
      out = JsonValue();
      return Literal("null");
    }
    return Number(out);
  }

  bool Number(JsonValue& out) {
    const size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    while (pos_ < text_.size() && std::string_view("0123456789.eE+-").find(text_[pos_]) != std::string_view::npos) {
      ++pos_;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text_.data() + start, text_.data() + pos_, value);
    if (error != std::errc() || end != text_.data() + pos_ || pos_ == start) {
      pos_ = start;
      return Fail("expected a value (number, string, true, false, null, array or object)");
    }
    out = JsonValue(value);
    return true;
  }

  bool Hex(uint32_t& code) {
    if (pos_ + kHexDigits > text_.size()) return Fail("short \\u escape");
    const auto [end, error] = std::from_chars(text_.data() + pos_, text_.data() + pos_ + kHexDigits, code, 16);
    if (error != std::errc() || end != text_.data() + pos_ + kHexDigits) return Fail("bad \\u escape");
    pos_ += kHexDigits;
    return true;
  }

  static void AppendUtf8(std::string& out, uint32_t code) {
    if (code < 0x80) {
      out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (code >> 6)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (code >> 12)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
  }

  bool String(std::string& out) {
    ++pos_;  // opening quote
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return Fail("control character inside a string");
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) break;
      const char e = text_[pos_++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          uint32_t code = 0;
          if (!Hex(code)) return false;
          if (code >= kSurrogateFirst && code <= kSurrogateLast) return Fail("surrogate \\u escapes are not supported");
          AppendUtf8(out, code);
          break;
        }
        default:
          return Fail("unknown escape in a string");
      }
    }
    return Fail("string not closed");
  }

  bool ArrayValue(JsonValue& out, int depth) {
    ++pos_;
    JsonValue::Array items;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      out = JsonValue(std::move(items));
      return true;
    }
    while (true) {
      JsonValue item;
      if (!Value(item, depth + 1)) return false;
      items.push_back(std::move(item));
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == ']') {
        ++pos_;
        out = JsonValue(std::move(items));
        return true;
      }
      return Fail("expected , or ] in an array");
    }
  }

  bool ObjectValue(JsonValue& out, int depth) {
    ++pos_;
    JsonValue::Object members;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      out = JsonValue(std::move(members));
      return true;
    }
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '"') return Fail("expected a \"key\" in an object");
      std::string key;
      if (!String(key)) return false;
      for (const auto& [existing, unused] : members) {
        if (existing == key) return Fail("key \"" + key + "\" appears twice in one object");
      }
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != ':') return Fail("expected : after a key");
      ++pos_;
      JsonValue value;
      if (!Value(value, depth + 1)) return false;
      members.emplace_back(std::move(key), std::move(value));
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == '}') {
        ++pos_;
        out = JsonValue(std::move(members));
        return true;
      }
      return Fail("expected , or } in an object");
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::string message_;
};

}  // namespace

const char* JsonValue::KindName() const {
  if (IsNull()) return "null";
  if (IsBool()) return "boolean";
  if (IsNumber()) return "number";
  if (IsString()) return "string";
  if (IsArray()) return "array";
  return "object";
}

domain::Result<JsonValue> ParseJson(std::string_view text) { return Parser(text).Document(); }

}  // namespace tepat::app
