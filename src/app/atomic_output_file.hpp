#pragma once
// AtomicOutputFile: writes an output file under a temporary name and renames it into place when complete.
#include <fstream>
#include <string>

#include "domain/status.hpp"

namespace tepat::app {

/// Opens "<path>.tmp-<pid>" for writing; Commit() renames it to `path`. If the object dies without Commit(), the
/// temporary file is removed, so a failed run never leaves a half-written output. Not thread-safe.
class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(std::string path);
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  /// Unavailable when the temporary file cannot be created (the message names the path).
  domain::Status status() const { return status_; }
  std::ofstream& stream() { return out_; }
  /// Flushes, closes and renames. Unavailable when writing or renaming failed.
  domain::Status Commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream out_;
  domain::Status status_;
  bool committed_ = false;
};

}  // namespace tepat::app
