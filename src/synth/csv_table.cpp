#include "synth/csv_table.hpp"

#include <fstream>
#include <sstream>

namespace tepat::synth {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Splits one record starting at `pos`; advances `pos` past its line end. Returns false on an open quote.
bool ParseRecord(std::string_view text, std::size_t& pos, std::vector<std::string>& fields) {
  fields.clear();
  std::string field;
  bool quoted = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (quoted) {
      if (c == '"') {
        if (pos + 1 < text.size() && text[pos + 1] == '"') {
          field.push_back('"');
          ++pos;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
      ++pos;
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
      fields.push_back(std::move(field));
      return true;
    } else {
      field.push_back(c);
    }
    ++pos;
  }
  if (quoted) return false;
  fields.push_back(std::move(field));
  return true;
}

}  // namespace

std::size_t CsvTable::Column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::string::npos;
}

domain::Result<CsvTable> ParseCsvTable(std::string_view text, const std::string& source) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  CsvTable table;
  table.path = source;
  std::size_t pos = 0;
  std::size_t line = 0;
  std::vector<std::string> fields;
  while (pos < text.size()) {
    ++line;
    if (!ParseRecord(text, pos, fields)) {
      return domain::InvalidArgument(source + " line " + std::to_string(line) +
                                     ": a quote is never closed; fix the quoting in that row");
    }
    if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
    if (table.header.empty()) {
      table.header = fields;
      continue;
    }
    if (fields.size() != table.header.size()) {
      return domain::InvalidArgument(source + " line " + std::to_string(line) + ": " + std::to_string(fields.size()) +
                                     " fields where the header has " + std::to_string(table.header.size()) +
                                     "; fix that row");
    }
    table.rows.push_back(fields);
  }
  if (table.header.empty()) return domain::InvalidArgument(source + " is empty; it needs a header row");
  return table;
}

domain::Result<CsvTable> ReadCsvTable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::NotFound("cannot open " + path + "; check --data-dir");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ParseCsvTable(buffer.str(), path);
}

domain::Status RequireColumns(const CsvTable& table, const std::vector<std::string_view>& required) {
  for (std::string_view name : required) {
    if (table.Column(name) == std::string::npos) {
      return domain::InvalidArgument(table.path + " has no column '" + std::string(name) +
                                     "'; use the file shipped in data/");
    }
  }
  return domain::Status::Ok();
}

}  // namespace tepat::synth
