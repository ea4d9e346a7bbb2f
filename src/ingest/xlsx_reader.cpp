#include "ingest/xlsx_reader.hpp"

#include <expat.h>

#include <cstdlib>
#include <pugixml.hpp>
#include <string_view>

#include "ingest/excel_date.hpp"

namespace tepat::ingest {
namespace {

using domain::Result;
using domain::Status;

constexpr std::string_view kWorkbookPath = "xl/workbook.xml";
constexpr std::string_view kWorkbookRelsPath = "xl/_rels/workbook.xml.rels";
constexpr std::string_view kStylesPath = "xl/styles.xml";
constexpr std::string_view kPartDir = "xl/";
constexpr int kLettersInAlphabet = 26;

// Built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30, and the East Asian ones).
bool IsBuiltInDateFormat(unsigned id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text and [colour/locale] brackets, it uses d, m, y or e.
bool IsDateFormatCode(std::string_view code) {
  bool quoted = false;
  bool bracket = false;
  bool escaped = false;
  for (char c : code) {
    if (escaped) {
      escaped = false;
      continue;
    }
    if (c == '\\') escaped = true;
    else if (c == '"') quoted = !quoted;
    else if (!quoted && c == '[') bracket = true;
    else if (!quoted && c == ']') bracket = false;
    else if (!quoted && !bracket && (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 'y' || c == 'Y' ||
                                     c == 'e'))
      return true;
  }
  return false;
}

std::string_view LocalName(const XML_Char* name) {
  std::string_view n(name);
  const std::size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const XML_Char* Attribute(const XML_Char** attrs, std::string_view wanted) {
  for (std::size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (LocalName(attrs[i]) == wanted) return attrs[i + 1];
  }
  return nullptr;
}

// "AB12" -> column index 27; -1 when there are no letters.
int ColumnIndexFromRef(std::string_view ref) {
  int col = 0;
  std::size_t letters = 0;
  for (char c : ref) {
    if (c >= 'A' && c <= 'Z') col = col * kLettersInAlphabet + (c - 'A' + 1);
    else if (c >= 'a' && c <= 'z') col = col * kLettersInAlphabet + (c - 'a' + 1);
    else break;
    ++letters;
  }
  return letters == 0 ? -1 : col - 1;
}

std::string ResolvePartPath(std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  return std::string(kPartDir) + std::string(target);
}

Status XmlError(XML_Parser parser, std::string_view part, std::uint64_t row) {
  std::string detail = std::string(part) + ": " + XML_ErrorString(XML_GetErrorCode(parser));
  if (row > 0) detail += ", sesudah baris " + std::to_string(row);
  return CorruptXlsxError(detail);
}

// Shared strings: every <si> becomes one entry, the text of its <t> elements joined (phonetic <rPh> skipped).
struct SharedStringsState {
  std::string arena;
  std::vector<std::uint64_t> ends;  // end offset in `arena` of each string
  int rph_depth = 0;
  bool in_t = false;
};

void XMLCALL SstStart(void* data, const XML_Char* name, const XML_Char**) {
  auto* s = static_cast<SharedStringsState*>(data);
  const std::string_view n = LocalName(name);
  if (n == "rPh") ++s->rph_depth;
  else if (n == "t" && s->rph_depth == 0) s->in_t = true;
}

void XMLCALL SstEnd(void* data, const XML_Char* name) {
  auto* s = static_cast<SharedStringsState*>(data);
  const std::string_view n = LocalName(name);
  if (n == "rPh") --s->rph_depth;
  else if (n == "t") s->in_t = false;
  else if (n == "si") s->ends.push_back(s->arena.size());
}

void XMLCALL SstText(void* data, const XML_Char* text, int len) {
  auto* s = static_cast<SharedStringsState*>(data);
  if (s->in_t) s->arena.append(text, static_cast<std::size_t>(len));
}

}  // namespace

struct XlsxReader::SheetState {
  XML_Parser parser = nullptr;
  std::vector<bool> date_styles;
  bool date1904 = false;
  SharedStringsState strings;
  std::deque<RawRow> ready;
  Status error;
  // The row and cell being parsed.
  RawRow row;
  bool in_row = false;
  std::uint64_t last_row = 0;
  int next_col = 0;
  int col = 0;
  std::string type;
  unsigned style = 0;
  std::string value;
  bool collecting = false;
  bool in_inline = false;
  int rph_depth = 0;

  std::string_view SharedString(std::size_t i) const {
    const std::uint64_t begin = i == 0 ? 0 : strings.ends[i - 1];
    return std::string_view(strings.arena).substr(begin, strings.ends[i] - begin);
  }
  void FinishCell();
  void FinishRow();
};

void XlsxReader::SheetState::FinishCell() {
  if (col < 0) return;
  Cell cell;
  if (type == "s") {
    char* end = nullptr;
    const unsigned long index = std::strtoul(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || index >= strings.ends.size()) {
      if (error.ok()) error = CorruptXlsxError("teks bersama nomor '" + value + "' tidak ada, baris " +
                                               std::to_string(row.number));
      return;
    }
    cell.text = SharedString(index);
  } else if (type == "inlineStr" || type == "str" || type == "e") {
    cell.text = std::move(value);
  } else if (type == "b") {
    cell.text = value == "1" ? "TRUE" : "FALSE";
    cell.kind = CellKind::kBool;
  } else if (type == "d") {
    cell.text = value.substr(0, std::string_view("YYYY-MM-DD").size());
    cell.kind = CellKind::kDate;
  } else if (!value.empty()) {
    cell.kind = CellKind::kNumber;
    cell.text = std::move(value);
    if (style < date_styles.size() && date_styles[style]) {
      char* end = nullptr;
      const double serial = std::strtod(cell.text.c_str(), &end);
      if (*end == '\0') {
        if (auto date = ExcelSerialToDate(serial, date1904)) {
          cell.text = date->Iso();
          cell.kind = CellKind::kDate;
        }
      }
    }
  }
  if (cell.text.empty()) return;
  const auto index = static_cast<std::size_t>(col);
  if (row.cells.size() <= index) row.cells.resize(index + 1);
  row.cells[index] = std::move(cell);
}

void XlsxReader::SheetState::FinishRow() {
  in_row = false;
  bool blank = true;
  for (const Cell& c : row.cells) {
    if (c.text.find_first_not_of(" \t") != std::string::npos) blank = false;
  }
  if (!blank) ready.push_back(std::move(row));
  row = RawRow{};
}

namespace {

void XMLCALL SheetStart(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto* s = static_cast<XlsxReader::SheetState*>(data);
  const std::string_view n = LocalName(name);
  if (n == "row") {
    const XML_Char* r = Attribute(attrs, "r");
    s->row = RawRow{};
    s->row.number = r != nullptr ? std::strtoull(r, nullptr, 10) : s->last_row + 1;
    if (s->row.number == 0) s->row.number = s->last_row + 1;
    s->last_row = s->row.number;
    s->in_row = true;
    s->next_col = 0;
  } else if (n == "c" && s->in_row) {
    const XML_Char* r = Attribute(attrs, "r");
    const int from_ref = r != nullptr ? ColumnIndexFromRef(r) : -1;
    s->col = from_ref >= 0 ? from_ref : s->next_col;
    s->next_col = s->col + 1;
    const XML_Char* t = Attribute(attrs, "t");
    s->type = t != nullptr ? t : "n";
    const XML_Char* st = Attribute(attrs, "s");
    s->style = st != nullptr ? static_cast<unsigned>(std::strtoul(st, nullptr, 10)) : 0;
    s->value.clear();
    s->in_inline = false;
    s->rph_depth = 0;
  } else if (n == "v") {
    s->collecting = true;
  } else if (n == "is") {
    s->in_inline = true;
  } else if (n == "rPh") {
    ++s->rph_depth;
  } else if (n == "t" && s->in_inline && s->rph_depth == 0) {
    s->collecting = true;
  }
}

void XMLCALL SheetEnd(void* data, const XML_Char* name) {
  auto* s = static_cast<XlsxReader::SheetState*>(data);
  const std::string_view n = LocalName(name);
  if (n == "v" || n == "t") {
    s->collecting = false;
  } else if (n == "rPh") {
    --s->rph_depth;
  } else if (n == "c" && s->in_row) {
    s->FinishCell();
  } else if (n == "row") {
    s->FinishRow();
  }
}

void XMLCALL SheetText(void* data, const XML_Char* text, int len) {
  auto* s = static_cast<XlsxReader::SheetState*>(data);
  if (s->collecting) s->value.append(text, static_cast<std::size_t>(len));
}

}  // namespace

Result<std::unique_ptr<XlsxReader>> XlsxReader::Open(const std::filesystem::path& path,
                                                     const XlsxReaderOptions& options) {
  auto size = CheckFileSize(path, options.max_file_bytes);
  if (!size.ok()) return size.status();
  auto zip = ZipArchive::Open(path);
  if (!zip.ok()) return zip.status();
  std::unique_ptr<XlsxReader> reader(new XlsxReader());
  reader->zip_ = std::move(zip).value();
  reader->state_ = std::make_unique<SheetState>();
  reader->buffer_.resize(options.chunk_bytes);
  Status workbook = reader->LoadWorkbook(options);
  if (!workbook.ok()) return workbook;
  Status styles = reader->LoadStyles(options);
  if (!styles.ok()) return styles;
  Status verified = reader->zip_->Verify(reader->sheet_path_);
  if (!verified.ok()) return verified;
  Status strings = reader->LoadSharedStrings(options);
  if (!strings.ok()) return strings;
  Status started = reader->StartSheet();
  if (!started.ok()) return started;
  return reader;
}

XlsxReader::~XlsxReader() {
  if (state_ && state_->parser != nullptr) XML_ParserFree(state_->parser);
}

Status XlsxReader::LoadWorkbook(const XlsxReaderOptions& options) {
  auto workbook = zip_->ReadAll(kWorkbookPath, options.max_part_bytes);
  if (!workbook.ok()) {
    if (workbook.status().code() == domain::ErrorCode::kNotFound) {
      return domain::InvalidArgument(
          "File ini arsip ZIP tetapi bukan buku kerja Excel (XLSX): bagian xl/workbook.xml tidak ada. Simpan file "
          "dari Excel sebagai \"Excel Workbook (*.xlsx)\" atau sebagai CSV.");
    }
    return workbook.status();
  }
  pugi::xml_document doc;
  if (!doc.load_buffer(workbook->data(), workbook->size())) return CorruptXlsxError("xl/workbook.xml tidak sah");
  const pugi::xml_node root = doc.document_element();
  state_->date1904 = root.child("workbookPr").attribute("date1904").as_bool(false);
  const pugi::xml_node sheet = root.child("sheets").child("sheet");
  if (!sheet) return domain::InvalidArgument("Buku kerja XLSX tidak berisi lembar kerja (sheet) apa pun.");
  sheet_name_ = sheet.attribute("name").as_string();
  std::string rel_id;
  for (const pugi::xml_attribute& a : sheet.attributes()) {
    if (LocalName(a.name()) == "id") rel_id = a.value();
  }
  auto rels = zip_->ReadAll(kWorkbookRelsPath, options.max_part_bytes);
  if (!rels.ok()) return CorruptXlsxError("xl/_rels/workbook.xml.rels tidak ada");
  pugi::xml_document rels_doc;
  if (!rels_doc.load_buffer(rels->data(), rels->size())) return CorruptXlsxError("relasi buku kerja tidak sah");
  for (const pugi::xml_node& rel : rels_doc.document_element().children("Relationship")) {
    const std::string_view type = rel.attribute("Type").as_string();
    if (rel_id == rel.attribute("Id").as_string()) sheet_path_ = ResolvePartPath(rel.attribute("Target").as_string());
    if (type.ends_with("/sharedStrings")) {
      shared_strings_path_ = ResolvePartPath(rel.attribute("Target").as_string());
    }
  }
  if (sheet_path_.empty()) return CorruptXlsxError("lembar kerja pertama tidak ditemukan");
  return Status::Ok();
}

Status XlsxReader::LoadStyles(const XlsxReaderOptions& options) {
  if (!zip_->Has(kStylesPath)) return Status::Ok();
  auto styles = zip_->ReadAll(kStylesPath, options.max_part_bytes);
  if (!styles.ok()) return styles.status();
  pugi::xml_document doc;
  if (!doc.load_buffer(styles->data(), styles->size())) return CorruptXlsxError("xl/styles.xml tidak sah");
  const pugi::xml_node root = doc.document_element();
  std::vector<unsigned> custom_dates;
  for (const pugi::xml_node& fmt : root.child("numFmts").children("numFmt")) {
    if (IsDateFormatCode(fmt.attribute("formatCode").as_string())) custom_dates.push_back(fmt.attribute("numFmtId").as_uint());
  }
  for (const pugi::xml_node& xf : root.child("cellXfs").children("xf")) {
    const unsigned id = xf.attribute("numFmtId").as_uint();
    bool is_date = IsBuiltInDateFormat(id);
    for (unsigned custom : custom_dates) is_date = is_date || custom == id;
    state_->date_styles.push_back(is_date);
  }
  return Status::Ok();
}

Status XlsxReader::LoadSharedStrings(const XlsxReaderOptions& options) {
  if (shared_strings_path_.empty() || !zip_->Has(shared_strings_path_)) return Status::Ok();
  auto size = zip_->OpenEntry(shared_strings_path_);
  if (!size.ok()) return size.status();
  const std::uint64_t limit =
      options.max_shared_strings_bytes != 0 ? options.max_shared_strings_bytes : options.max_file_bytes;
  if (*size > limit) return FileTooLargeError(*size, limit);
  SharedStringsState& strings = state_->strings;
  XML_Parser parser = XML_ParserCreate(nullptr);
  XML_SetUserData(parser, &strings);
  XML_SetElementHandler(parser, SstStart, SstEnd);
  XML_SetCharacterDataHandler(parser, SstText);
  Status status;
  while (status.ok()) {
    auto n = zip_->Read(buffer_.data(), buffer_.size());
    if (!n.ok()) {
      status = n.status();
      break;
    }
    if (XML_Parse(parser, buffer_.data(), static_cast<int>(*n), *n == 0) == XML_STATUS_ERROR) {
      status = XmlError(parser, shared_strings_path_, 0);
      break;
    }
    if (*n == 0) break;
  }
  XML_ParserFree(parser);
  if (!status.ok()) return status;
  strings.arena.shrink_to_fit();
  return zip_->CloseEntry();
}

Status XlsxReader::StartSheet() {
  auto size = zip_->OpenEntry(sheet_path_);
  if (!size.ok()) return size.status();
  sheet_bytes_total_ = *size;
  state_->parser = XML_ParserCreate(nullptr);
  XML_SetUserData(state_->parser, state_.get());
  XML_SetElementHandler(state_->parser, SheetStart, SheetEnd);
  XML_SetCharacterDataHandler(state_->parser, SheetText);
  return Status::Ok();
}

Status XlsxReader::Feed() {
  auto n = zip_->Read(buffer_.data(), buffer_.size());
  if (!n.ok()) return n.status();
  sheet_bytes_read_ += *n;
  if (XML_Parse(state_->parser, buffer_.data(), static_cast<int>(*n), *n == 0) == XML_STATUS_ERROR) {
    return XmlError(state_->parser, sheet_path_, state_->last_row);
  }
  if (!state_->error.ok()) return state_->error;
  if (*n == 0) {
    sheet_done_ = true;
    return zip_->CloseEntry();
  }
  return Status::Ok();
}

Result<bool> XlsxReader::Next(RawRow* row) {
  while (state_->ready.empty()) {
    if (sheet_done_) return false;
    Status fed = Feed();
    if (!fed.ok()) return fed;
  }
  *row = std::move(state_->ready.front());
  state_->ready.pop_front();
  return true;
}

}  // namespace tepat::ingest
