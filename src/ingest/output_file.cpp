#include "ingest/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>

namespace tepat::ingest {

std::filesystem::path PartialPath(const std::filesystem::path& final_path) {
  std::filesystem::path p = final_path;
  p += ".partial";
  return p;
}

domain::Status PublishPartial(const std::filesystem::path& final_path) {
  std::error_code ec;
  std::filesystem::rename(PartialPath(final_path), final_path, ec);
  if (ec) {
    return domain::Unavailable("File '" + final_path.string() + "' tidak dapat disimpan: " + ec.message() + ".");
  }
  return domain::Status::Ok();
}

domain::Result<std::unique_ptr<OutputFile>> OutputFile::Create(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(PartialPath(path).c_str(), "wb");
  if (f == nullptr) {
    return domain::Unavailable("File '" + path.string() + "' tidak dapat dibuat: " + std::strerror(errno) + ".");
  }
  return std::unique_ptr<OutputFile>(new OutputFile(f, path));
}

OutputFile::~OutputFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::error_code ec;
    std::filesystem::remove(PartialPath(path_), ec);
  }
}

domain::Status OutputFile::Write(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    return domain::Unavailable("Gagal menulis '" + path_.string() + "' (disk penuh?).");
  }
  return domain::Status::Ok();
}

domain::Status OutputFile::Commit() {
  const bool flushed = std::fflush(file_) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    std::error_code ec;
    std::filesystem::remove(PartialPath(path_), ec);
    return domain::Unavailable("Gagal menyelesaikan '" + path_.string() + "' (disk penuh?).");
  }
  return PublishPartial(path_);
}

void AppendCsvRecord(const std::vector<std::string_view>& fields, char delimiter, std::string* out) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out->push_back(delimiter);
    const std::string_view f = fields[i];
    const bool quote = f.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string_view::npos;
    if (!quote) {
      out->append(f);
      continue;
    }
    out->push_back('"');
    for (char c : f) {
      if (c == '"') out->push_back('"');
      out->push_back(c);
    }
    out->push_back('"');
  }
  out->append("\r\n");
}

}  // namespace tepat::ingest
