#include "app/csv_table_reader.hpp"

#include <algorithm>
#include <fstream>
#include <set>

#include "fmt/format.h"

namespace tepat::app {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits CSV text into records of fields. Unquoted fields are views into the text; quoted ones are unescaped into
// `scratch` (stable storage owned by the caller for the record's life).
class CsvCursor {
 public:
  CsvCursor(std::string_view text, char separator) : text_(text), separator_(separator) {}

  bool AtEnd() const { return pos_ >= text_.size(); }
  size_t line() const { return line_; }

  // Reads one record into `fields`. Returns false with `error` set on an unclosed quote.
  bool Next(std::vector<std::string_view>& fields, std::vector<std::string>& scratch, std::string& error) {
    fields.clear();
    scratch.clear();
    scratch.reserve(64);
    while (true) {
      if (pos_ < text_.size() && SkipSpacesUntilQuote()) {
        const size_t start_line = line_;
        std::string value;
        ++pos_;
        bool closed = false;
        while (pos_ < text_.size()) {
          const char c = text_[pos_++];
          if (c == '"') {
            if (pos_ < text_.size() && text_[pos_] == '"') {
              value.push_back('"');
              ++pos_;
              continue;
            }
            closed = true;
            break;
          }
          if (c == '\n') ++line_;
          value.push_back(c);
        }
        if (!closed) {
          error = fmt::format("line {}: a quote opened here is never closed", start_line);
          return false;
        }
        while (pos_ < text_.size() && text_[pos_] != separator_ && text_[pos_] != '\n') ++pos_;  // junk after quote
        scratch.push_back(std::move(value));
        fields.push_back(kQuotedMarker);
      } else {
        const size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != separator_ && text_[pos_] != '\n') ++pos_;
        fields.push_back(Trim(text_.substr(start, pos_ - start)));
      }
      if (pos_ >= text_.size()) break;
      const char end = text_[pos_++];
      if (end == '\n') {
        ++line_;
        break;
      }
    }
    // Point quoted fields at their unescaped text (scratch no longer grows).
    size_t q = 0;
    for (auto& field : fields) {
      if (field.data() == kQuotedMarker.data()) field = scratch[q++];
    }
    return true;
  }

 private:
  static constexpr std::string_view kQuotedMarker = "\x01quoted";

  // True when the field starts with a quote (after spaces); leaves pos_ on the quote.
  bool SkipSpacesUntilQuote() {
    size_t p = pos_;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    if (p < text_.size() && text_[p] == '"') {
      pos_ = p;
      return true;
    }
    return false;
  }

  std::string_view text_;
  char separator_;
  size_t pos_ = 0;
  size_t line_ = 1;
};

bool IsBlank(const std::vector<std::string_view>& fields) { return fields.size() == 1 && fields[0].empty(); }

char DetectSeparator(std::string_view text) {
  const std::string_view header = text.substr(0, text.find('\n'));
  const size_t commas = std::count(header.begin(), header.end(), ',');
  const size_t semicolons = std::count(header.begin(), header.end(), ';');
  return semicolons > commas ? ';' : ',';
}

}  // namespace

domain::Result<CsvTable> ParseCsvTable(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  CsvCursor cursor(text, DetectSeparator(text));
  std::vector<std::string_view> fields;
  std::vector<std::string> scratch;
  std::string error;
  do {
    if (cursor.AtEnd()) return domain::InvalidArgument("the file is empty; it needs a header row");
    if (!cursor.Next(fields, scratch, error)) return domain::InvalidArgument(error);
  } while (IsBlank(fields));
  std::vector<std::string> header(fields.begin(), fields.end());
  std::set<std::string> seen;
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c].empty()) return domain::InvalidArgument(fmt::format("header column {} has no name", c + 1));
    if (!seen.insert(header[c]).second) {
      return domain::InvalidArgument(fmt::format("header column \"{}\" appears twice; rename one", header[c]));
    }
  }
  CsvTable result{match::RecordTable(header), {}};
  result.table.Reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')));
  while (!cursor.AtEnd()) {
    const size_t line = cursor.line();
    if (!cursor.Next(fields, scratch, error)) return domain::InvalidArgument(error);
    if (IsBlank(fields)) continue;
    if (fields.size() != header.size()) {
      result.skipped.push_back(
          fmt::format("line {}: {} values, expected {}; row skipped", line, fields.size(), header.size()));
      continue;
    }
    (void)result.table.AddRow(fields);  // sizes were checked just above
  }
  return result;
}

domain::Result<CsvTable> ReadCsvTable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::NotFound("cannot read " + path + "; check the path");
  in.seekg(0, std::ios::end);
  std::string text(static_cast<size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0, std::ios::beg);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  auto table = ParseCsvTable(text);
  if (!table.ok()) return domain::InvalidArgument(path + ": " + table.status().message());
  return table;
}

}  // namespace tepat::app
