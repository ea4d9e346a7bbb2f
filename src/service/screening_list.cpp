#include "service/screening_list.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "fmt/format.h"
#include "ingest/open_table.hpp"

namespace tepat::service {
namespace {

constexpr std::uint64_t kProgressEveryRows = 8192;

std::string Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

domain::Result<ScreeningList> ReadScreeningList(const std::filesystem::path& path, const match::Progress& progress) {
  auto reader = ingest::OpenTable(path, ingest::TableOptions{});
  if (!reader.ok()) return reader.status();
  ingest::RawRow row;
  auto has_header = (*reader)->Next(&row);
  if (!has_header.ok()) return has_header.status();
  if (!*has_header) return domain::InvalidArgument("the list is empty: it needs a header row (NIK, NAMA, ...)");
  std::vector<std::string> header;
  std::set<std::string> seen;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    std::string name = Trimmed(row.cells[i].text);
    if (name.empty() && i + 1 == row.cells.size() && i > 0) break;  // a trailing separator
    if (name.empty()) return domain::InvalidArgument(fmt::format("header column {} has no name; name it or delete it", i + 1));
    if (!seen.insert(name).second) {
      return domain::InvalidArgument(fmt::format("header column {} (\"{}\") appears twice; keep one", i + 1, name));
    }
    header.push_back(std::move(name));
  }
  ScreeningList list;
  list.table = match::RecordTable(header);
  std::vector<std::string> values(header.size());
  std::vector<std::string_view> views(header.size());
  while (true) {
    auto next = (*reader)->Next(&row);
    if (!next.ok()) return next.status();
    if (!*next) break;
    const size_t extra = static_cast<size_t>(std::count_if(
        row.cells.begin() + static_cast<std::ptrdiff_t>(std::min(row.cells.size(), header.size())), row.cells.end(),
        [](const ingest::Cell& cell) { return !Trimmed(cell.text).empty(); }));
    if (extra > 0) {
      list.broken.push_back({row.number, fmt::format("baris {}: {} nilai lebih dari jumlah kolom judul ({}); periksa "
                                                     "pemisah kolom dan tanda kutip",
                                                     row.number, extra, header.size())});
      continue;
    }
    for (size_t i = 0; i < header.size(); ++i) {
      values[i] = i < row.cells.size() ? Trimmed(row.cells[i].text) : std::string();
      views[i] = values[i];
    }
    (void)list.table.AddRow(views);
    list.lines.push_back(row.number);
    if (list.lines.size() % kProgressEveryRows == 0) {
      const auto read = (*reader)->Progress();
      progress.Report("reading", read.bytes_read, read.bytes_total);
      if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
    }
  }
  return list;
}

}  // namespace tepat::service
