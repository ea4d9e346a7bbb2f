#include "ingest/template_writer.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/output_file.hpp"
#include "ingest/xlsx_sheet_writer.hpp"

namespace tepat::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr double kMinColumnWidth = 12;
constexpr double kWidePadding = 2;
constexpr double kGuideWidths[] = {22, 10, 34, 30, 80};

domain::Status WriteCsv(const ImportTemplate& t, const std::filesystem::path& path) {
  std::vector<std::string_view> header;
  std::vector<std::string_view> example;
  for (const ColumnSpec& c : t.columns) {
    header.push_back(c.name);
    example.push_back(c.example);
  }
  std::string text(kUtf8Bom);
  AppendCsvRecord(header, ',', &text);
  AppendCsvRecord(example, ',', &text);
  auto file = OutputFile::Create(path);
  if (!file.ok()) return file.status();
  domain::Status s = (*file)->Write(text);
  return s.ok() ? (*file)->Commit() : s;
}

domain::Status WriteXlsx(const ImportTemplate& t, const std::filesystem::path& path) {
  auto writer = XlsxSheetWriter::Create(path, "Data");
  if (!writer.ok()) return writer.status();
  XlsxSheetWriter& w = **writer;
  std::vector<XlsxColumnStyle> styles;
  std::vector<std::string_view> header;
  std::vector<std::string_view> example;
  for (const ColumnSpec& c : t.columns) {
    const double width = std::max(kMinColumnWidth, static_cast<double>(std::max(c.name.size(), c.example.size())) +
                                                       kWidePadding);
    styles.push_back({width, true});
    header.push_back(c.name);
    example.push_back(c.example);
  }
  w.SetColumns(styles);
  for (const domain::Status& s : {w.AddRow(header, true), w.AddRow(example)}) {
    if (!s.ok()) return s;
  }
  w.AddSheet("Petunjuk");
  std::vector<XlsxColumnStyle> guide_styles;
  for (double width : kGuideWidths) guide_styles.push_back({width, true});
  w.SetColumns(guide_styles);
  domain::Status s = w.AddRow({"KOLOM", "WAJIB", "JENIS ISIAN", "SEL KOSONG", "KETERANGAN"}, true);
  for (const ColumnSpec& c : t.columns) {
    if (!s.ok()) return s;
    s = w.AddRow({c.name, !c.required ? "boleh kosong" : (c.cell_may_be_empty ? "kolom wajib, sel boleh kosong" : "wajib"), ColumnTypeTitle(c.type),
                  c.blank_clears ? "menghapus nilai tersimpan" : "nilai tersimpan tetap", c.description});
  }
  return s.ok() ? w.Finish() : s;
}

}  // namespace

domain::Status WriteTemplate(TemplateKind kind, ReportFormat format, const std::filesystem::path& path) {
  const ImportTemplate& t = GetTemplate(kind);
  return format == ReportFormat::kXlsx ? WriteXlsx(t, path) : WriteCsv(t, path);
}

std::string TemplateFileName(TemplateKind kind, ReportFormat format) {
  return std::string("template_") + TemplateKindName(kind) + (format == ReportFormat::kXlsx ? ".xlsx" : ".csv");
}

}  // namespace tepat::ingest
