#include "ingest/importer.hpp"

namespace tepat::ingest {

domain::Result<std::unique_ptr<TemplateTable>> TemplateTable::Open(const std::filesystem::path& path,
                                                                   TemplateKind kind, const TableOptions& options) {
  auto reader = OpenTable(path, options);
  if (!reader.ok()) return reader.status();
  std::unique_ptr<TemplateTable> table(new TemplateTable(std::move(reader).value(), GetTemplate(kind)));
  RawRow header;
  auto got = table->reader_->Next(&header);
  if (!got.ok()) return got.status();
  if (!*got) {
    return domain::InvalidArgument(std::string("File kosong: tidak ada baris judul maupun data. Isi template ") +
                                   TemplateKindName(kind) + " lalu unggah lagi.");
  }
  auto columns = MatchColumns(table->tmpl_, header, &table->header_notices_);
  if (!columns.ok()) return columns.status();
  table->columns_ = std::move(columns).value();
  table->header_width_ = header.cells.size();
  return table;
}

domain::Result<bool> TemplateTable::Next(RawRow* row) { return reader_->Next(row); }

bool TemplateTable::RowFits(const RawRow& row, std::vector<RowIssue>* issues) const {
  std::size_t filled = 0;
  for (std::size_t i = header_width_; i < row.cells.size(); ++i) {
    if (row.cells[i].text.find_first_not_of(" \t") != std::string::npos) filled = i + 1;
  }
  if (filled == 0) return true;
  const std::string n = std::to_string(filled);
  const std::string m = std::to_string(header_width_);
  issues->push_back({row.number, "", "", Severity::kError,
                     "Baris ini berisi " + n + " kolom, sedangkan baris judul " + m +
                         " kolom; mungkin ada pemisah kolom di dalam nilai tanpa tanda kutip. Periksa baris ini.",
                     "This row has " + n + " columns but the header has " + m +
                         "; a value may contain the delimiter without quotes."});
  return false;
}

std::vector<ImportNotice> TemplateTable::Notices() const {
  std::vector<ImportNotice> all = header_notices_;
  const auto& more = reader_->Notices();
  all.insert(all.end(), more.begin(), more.end());
  return all;
}

}  // namespace tepat::ingest
