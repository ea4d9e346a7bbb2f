#include "app/atomic_output_file.hpp"

#include <unistd.h>

#include <cstdio>

namespace tepat::app {

AtomicOutputFile::AtomicOutputFile(std::string path)
    : path_(std::move(path)), temp_path_(path_ + ".tmp-" + std::to_string(getpid())) {
  out_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!out_) status_ = domain::Unavailable("cannot write " + temp_path_ + "; check that the folder exists and is writable");
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_) return;
  out_.close();
  std::remove(temp_path_.c_str());
}

domain::Status AtomicOutputFile::Commit() {
  if (!status_.ok()) return status_;
  out_.flush();
  const bool written = static_cast<bool>(out_);
  out_.close();
  if (!written) return domain::Unavailable("writing " + temp_path_ + " failed; check free disk space");
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return domain::Unavailable("cannot rename " + temp_path_ + " to " + path_);
  }
  committed_ = true;
  return domain::Status::Ok();
}

}  // namespace tepat::app
