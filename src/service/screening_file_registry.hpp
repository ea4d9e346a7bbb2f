#pragma once
// Loads a screening registry from registry files instead of the database: the CSV/XLSX files of the import
// templates as `tepat demo generate` writes them (dukcapil.csv, dtks.csv, recipients.csv, programs.csv). Used by
// `tepat match screen --registry-dir` and the screening benchmark.
#include <filesystem>
#include <map>
#include <string>

#include "domain/status.hpp"
#include "match/progress.hpp"
#include "service/screening_registry_loader.hpp"
#include "service/screening_service.hpp"

namespace tepat::service {

/// A registry read from files, with the region of each program (compact code) from programs.csv.
struct FileScreeningRegistry {
  LoadedScreeningRegistry loaded;
  std::map<std::string, std::string, std::less<>> program_regions;
};

/// Reads `dir`/dukcapil.csv (required) and dtks.csv, recipients.csv, programs.csv (each optional), then builds
/// the registry. The data version names the folder and the row counts. Reports "loading" progress (people rows).
/// Errors: a missing dukcapil.csv or a missing column (named), read errors of a file (naming the file), build
/// errors of the fuzzy index.
domain::Result<FileScreeningRegistry> LoadScreeningRegistryFromFiles(const std::filesystem::path& dir,
                                                                     const ScreeningLoadOptions& options,
                                                                     const match::Progress& progress = {});

}  // namespace tepat::service
