#include "ingest/open_table.hpp"

#include <cstdio>
#include <string>

#include "ingest/csv_reader.hpp"
#include "ingest/xlsx_reader.hpp"

namespace tepat::ingest {
namespace {

constexpr std::string_view kZipSignature = "PK\x03\x04";
constexpr std::string_view kOleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

std::string ReadSignature(const std::filesystem::path& path) {
  std::string head(kOleSignature.size(), '\0');
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return {};
  head.resize(std::fread(head.data(), 1, head.size(), f));
  std::fclose(f);
  return head;
}

}  // namespace

domain::Result<std::unique_ptr<TableReader>> OpenTable(const std::filesystem::path& path, const TableOptions& options) {
  auto size = CheckFileSize(path, options.max_file_bytes);
  if (!size.ok()) return size.status();
  const std::string head = ReadSignature(path);
  if (head.starts_with(kZipSignature)) {
    XlsxReaderOptions x;
    x.max_file_bytes = options.max_file_bytes;
    x.chunk_bytes = options.chunk_bytes;
    auto reader = XlsxReader::Open(path, x);
    if (!reader.ok()) return reader.status();
    return std::unique_ptr<TableReader>(std::move(reader).value());
  }
  if (head.starts_with(kOleSignature)) {
    return domain::InvalidArgument(
        "File ini format Excel lama (.xls, Excel 97-2003). Buka di Excel lalu simpan sebagai \"Excel Workbook "
        "(*.xlsx)\" atau \"CSV UTF-8\".");
  }
  CsvReaderOptions c;
  c.max_file_bytes = options.max_file_bytes;
  c.chunk_bytes = options.chunk_bytes;
  auto reader = CsvReader::Open(path, c);
  if (!reader.ok()) return reader.status();
  return std::unique_ptr<TableReader>(std::move(reader).value());
}

}  // namespace tepat::ingest
