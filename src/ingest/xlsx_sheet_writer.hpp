#pragma once
// XlsxSheetWriter: writes rows of text into a new XLSX workbook with libxlsxwriter, row by row in constant memory,
// under a temporary name renamed into place by Finish.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "domain/status.hpp"

namespace tepat::ingest {

/// Excel's last row number (1,048,576 rows).
inline constexpr std::uint32_t kXlsxMaxRows = 1048576;

/// How a column is shown: width in characters and whether cells are stored as text (so Excel never turns a NIK
/// into a number) or as dates.
struct XlsxColumnStyle {
  double width = 15;
  bool text = true;
};

/// Writes one or more sheets. Not thread-safe. If destroyed without Finish, nothing is left at the path.
class XlsxSheetWriter {
 public:
  /// Starts a workbook for `path` whose first sheet is `sheet_name`. kUnavailable when it cannot be created.
  static domain::Result<std::unique_ptr<XlsxSheetWriter>> Create(const std::filesystem::path& path,
                                                                 std::string_view sheet_name);
  ~XlsxSheetWriter();
  XlsxSheetWriter(const XlsxSheetWriter&) = delete;
  XlsxSheetWriter& operator=(const XlsxSheetWriter&) = delete;

  /// Sets column widths/formats of the current sheet; call before its first row.
  void SetColumns(const std::vector<XlsxColumnStyle>& columns);
  /// Appends a row of text cells to the current sheet (bold when `header`). Rows past kXlsxMaxRows return
  /// kFailedPrecondition.
  domain::Status AddRow(const std::vector<std::string_view>& cells, bool header = false);
  /// Starts a new sheet; later rows go there.
  void AddSheet(std::string_view name);
  /// Rows written to the current sheet.
  std::uint32_t rows() const { return row_; }
  /// Writes the workbook and renames it into place.
  domain::Status Finish();

 private:
  XlsxSheetWriter() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::filesystem::path path_;
  std::uint32_t row_ = 0;
};

}  // namespace tepat::ingest
