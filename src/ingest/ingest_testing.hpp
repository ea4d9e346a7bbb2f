#pragma once
// Helpers shared by the ingest unit tests (header-only; included by *_test.cpp only).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "domain/region_directory.hpp"
#include "ingest/importer.hpp"

namespace tepat::ingest::testing {

/// tests/ingest/fixtures/<name> under $TEPAT_SOURCE_DIR (set by ctest), else relative to the working directory.
inline std::filesystem::path Fixture(const std::string& name) {
  const char* root = std::getenv("TEPAT_SOURCE_DIR");
  std::filesystem::path base = root != nullptr ? root : ".";
  return base / "tests" / "ingest" / "fixtures" / name;
}

/// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tepat-ingest-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Writes `bytes` to `path` as is.
inline void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

/// Reads a whole (small) file.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// The regions the fixtures use: kabupaten 35.10 with kecamatan 01 and 02, and 32.73.01.
inline const domain::InMemoryRegionDirectory& FixtureRegions() {
  static const domain::InMemoryRegionDirectory kRegions = [] {
    domain::InMemoryRegionDirectory r;
    for (const char* code : {"351001", "351002", "327301"}) r.Add(code);
    return r;
  }();
  return kRegions;
}

/// Validation context of the fixtures: FixtureRegions and today = 23/11/2026.
inline ValidationContext FixtureContext() { return {&FixtureRegions(), domain::CivilDate{2026, 11, 23}}; }

/// Everything an import produced.
template <typename Row>
struct Outcome {
  domain::Result<ImportSummary> summary = domain::Internal("not run");
  std::vector<Row> rows;
  std::vector<RowIssue> issues;
  std::vector<std::size_t> batch_sizes;
};

/// Imports `path` with the fixture context, keeping every row, issue and batch size.
template <typename Row>
Outcome<Row> Import(const std::filesystem::path& path, ImportOptions options = {}) {
  Outcome<Row> out;
  out.summary = ImportRows<Row>(
      path, FixtureContext(), options,
      [&](std::vector<Row>& batch) {
        out.batch_sizes.push_back(batch.size());
        for (Row& r : batch) out.rows.push_back(std::move(r));
        return domain::Status::Ok();
      },
      [&](const RowIssue& issue) { out.issues.push_back(issue); });
  return out;
}

}  // namespace tepat::ingest::testing
