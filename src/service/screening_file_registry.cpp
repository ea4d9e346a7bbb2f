#include "service/screening_file_registry.hpp"

#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/household.hpp"
#include "fmt/format.h"
#include "ingest/open_table.hpp"

namespace tepat::service {
namespace {

namespace fs = std::filesystem;
constexpr std::uint64_t kProgressEveryRows = 65536;

using RowVisitor = std::function<void(const std::vector<std::string_view>&)>;

// Calls `visit` with the cells of `columns` (in that order) for every data row of `path`. `rows` counts them.
domain::Status ForEachRow(const fs::path& path, const std::vector<std::string_view>& columns, const RowVisitor& visit,
                          const match::Progress& progress, std::uint64_t& rows) {
  auto reader = ingest::OpenTable(path, ingest::TableOptions{});
  if (!reader.ok()) return domain::InvalidArgument(fmt::format("{}: {}", path.string(), reader.status().message()));
  ingest::RawRow row;
  auto header = (*reader)->Next(&row);
  if (!header.ok()) return header.status();
  std::vector<size_t> index;
  for (const std::string_view column : columns) {
    std::optional<size_t> found;
    for (size_t i = 0; i < row.cells.size() && !found; ++i) {
      if (row.cells[i].text == column) found = i;
    }
    if (!found) return domain::InvalidArgument(fmt::format("{} has no column {}", path.string(), column));
    index.push_back(*found);
  }
  std::vector<std::string_view> cells(columns.size());
  while (true) {
    auto next = (*reader)->Next(&row);
    if (!next.ok()) return domain::InvalidArgument(fmt::format("{}: {}", path.string(), next.status().message()));
    if (!*next) return domain::Status::Ok();
    for (size_t i = 0; i < index.size(); ++i) {
      cells[i] = index[i] < row.cells.size() ? std::string_view(row.cells[index[i]].text) : std::string_view();
    }
    visit(cells);
    if (++rows % kProgressEveryRows == 0) {
      const auto read = (*reader)->Progress();
      progress.Report("loading " + path.filename().string(), read.bytes_read, read.bytes_total);
      if (progress.Cancelled()) return domain::FailedPrecondition("cancelled");
    }
  }
}

int ParseDecile(std::string_view text) {
  int decile = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return domain::kMaxDecile;
    decile = decile * 10 + (c - '0');
  }
  return decile;
}

// Reads dtks.csv, recipients.csv and programs.csv (each optional) into `builder` and `program_regions`.
domain::Status LoadSideTables(const fs::path& dir, match::ScreeningRegistry::Builder& builder,
                              std::map<std::string, std::string, std::less<>>& program_regions,
                              const match::Progress& progress, std::uint64_t& dtks, std::uint64_t& aid) {
  std::uint64_t programs = 0;
  if (fs::exists(dir / "dtks.csv")) {
    auto status = ForEachRow(
        dir / "dtks.csv", {"PERIODE_DTKS", "NO_KK", "NIK", "DESIL", "STATUS_DTKS"},
        [&](const std::vector<std::string_view>& c) {
          builder.AddDtks(c[0], c[1], c[2], ParseDecile(c[3]), c[4] != "NONAKTIF");
        },
        progress, dtks);
    if (!status.ok()) return status;
  }
  if (fs::exists(dir / "recipients.csv")) {
    auto status = ForEachRow(
        dir / "recipients.csv", {"KODE_PROGRAM", "PERIODE", "NIK", "NO_KK"},
        [&](const std::vector<std::string_view>& c) { builder.AddAid(c[0], c[1], c[2], c[3]); }, progress, aid);
    if (!status.ok()) return status;
  }
  if (fs::exists(dir / "programs.csv")) {
    auto status = ForEachRow(
        dir / "programs.csv", {"KODE_PROGRAM", "KODE_WILAYAH"},
        [&](const std::vector<std::string_view>& c) {
          std::string region;
          for (const char ch : c[1]) {
            if (ch >= '0' && ch <= '9') region.push_back(ch);
          }
          program_regions.emplace(std::string(c[0]), std::move(region));
        },
        progress, programs);
    if (!status.ok()) return status;
  }
  return domain::Status::Ok();
}

}  // namespace

domain::Result<FileScreeningRegistry> LoadScreeningRegistryFromFiles(const fs::path& dir,
                                                                     const ScreeningLoadOptions& options,
                                                                     const match::Progress& progress) {
  const auto started = std::chrono::steady_clock::now();
  FileScreeningRegistry out;
  match::ScreeningRegistry::Builder builder;
  std::uint64_t people = 0;
  // DTKS, recipients and programs fill other tables of the builder than people do, so they are read on a second
  // thread while this one reads the people (this thread alone reports progress; both honour cancel).
  std::uint64_t dtks = 0;
  std::uint64_t aid = 0;
  const match::Progress quiet{.report = nullptr, .cancel = progress.cancel};
  auto side_tables = std::async(std::launch::async, [&] {
    return LoadSideTables(dir, builder, out.program_regions, quiet, dtks, aid);
  });
  auto status = ForEachRow(
      dir / "dukcapil.csv",
      {"RECORD_ID", "NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TANGGAL_LAHIR", "JENIS_KELAMIN", "KODE_DESA",
       "STATUS_HIDUP", "TANGGAL_STATUS"},
      [&](const std::vector<std::string_view>& c) {
        builder.AddPerson({c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]});
      },
      progress, people);
  // The people are finished (trained, indexed) while the other thread may still read DTKS and recipients.
  if (status.ok()) status = builder.FinishPeople(options.settings, options.model, options.training_rows, progress);
  const auto side_status = side_tables.get();
  if (!status.ok()) return status;
  if (!side_status.ok()) return side_status;
  auto registry = std::move(builder).Build(options.settings, options.model, options.training_rows, progress);
  if (!registry.ok()) return registry.status();
  out.loaded.registry = std::move(registry).value();
  out.loaded.data_version =
      fmt::format("files:{};people={};dtks={};recipients={}", dir.string(), people, dtks, aid);
  out.loaded.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace tepat::service
