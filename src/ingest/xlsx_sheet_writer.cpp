#include "ingest/xlsx_sheet_writer.hpp"

#include <xlsxwriter.h>

#include <string>
#include <system_error>

#include "ingest/output_file.hpp"

namespace tepat::ingest {

struct XlsxSheetWriter::Impl {
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* text = nullptr;
  std::vector<bool> text_columns;
  std::string partial;
};

domain::Result<std::unique_ptr<XlsxSheetWriter>> XlsxSheetWriter::Create(const std::filesystem::path& path,
                                                                         std::string_view sheet_name) {
  std::unique_ptr<XlsxSheetWriter> w(new XlsxSheetWriter());
  w->impl_ = std::make_unique<Impl>();
  w->path_ = path;
  w->impl_->partial = PartialPath(path).string();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  w->impl_->workbook = workbook_new_opt(w->impl_->partial.c_str(), &options);
  if (w->impl_->workbook == nullptr) {
    return domain::Unavailable("File '" + path.string() + "' tidak dapat dibuat.");
  }
  w->impl_->bold = workbook_add_format(w->impl_->workbook);
  format_set_bold(w->impl_->bold);
  format_set_num_format(w->impl_->bold, "@");
  w->impl_->text = workbook_add_format(w->impl_->workbook);
  format_set_num_format(w->impl_->text, "@");
  w->AddSheet(sheet_name);
  return w;
}

XlsxSheetWriter::~XlsxSheetWriter() {
  if (impl_ && impl_->workbook != nullptr) {
    // Not finished: write to the partial name (libxlsxwriter has no abort) and remove it.
    workbook_close(impl_->workbook);
    std::error_code ec;
    std::filesystem::remove(impl_->partial, ec);
  }
}

void XlsxSheetWriter::AddSheet(std::string_view name) {
  impl_->sheet = workbook_add_worksheet(impl_->workbook, std::string(name).c_str());
  impl_->text_columns.clear();
  row_ = 0;
}

void XlsxSheetWriter::SetColumns(const std::vector<XlsxColumnStyle>& columns) {
  impl_->text_columns.clear();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto c = static_cast<lxw_col_t>(i);
    worksheet_set_column(impl_->sheet, c, c, columns[i].width, columns[i].text ? impl_->text : nullptr);
    impl_->text_columns.push_back(columns[i].text);
  }
}

domain::Status XlsxSheetWriter::AddRow(const std::vector<std::string_view>& cells, bool header) {
  if (row_ >= kXlsxMaxRows) return domain::FailedPrecondition("Lembar XLSX sudah penuh (1.048.576 baris).");
  for (std::size_t i = 0; i < cells.size(); ++i) {
    lxw_format* format = header ? impl_->bold : (i < impl_->text_columns.size() && impl_->text_columns[i] ? impl_->text
                                                                                                          : nullptr);
    if (cells[i].empty()) continue;
    worksheet_write_string(impl_->sheet, row_, static_cast<lxw_col_t>(i), std::string(cells[i]).c_str(), format);
  }
  ++row_;
  return domain::Status::Ok();
}

domain::Status XlsxSheetWriter::Finish() {
  const lxw_error err = workbook_close(impl_->workbook);
  impl_->workbook = nullptr;
  if (err != LXW_NO_ERROR) {
    std::error_code ec;
    std::filesystem::remove(impl_->partial, ec);
    return domain::Unavailable("File '" + path_.string() + "' gagal ditulis: " + lxw_strerror(err) + ".");
  }
  return PublishPartial(path_);
}

}  // namespace tepat::ingest
