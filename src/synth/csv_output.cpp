#include "synth/csv_output.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

namespace tepat::synth {
namespace {

constexpr std::size_t kFlushThreshold = 1 << 20;
constexpr std::string_view kTempSuffix = ".tmp";

bool NeedsQuotes(std::string_view value) {
  return value.find_first_of(",\"\r\n") != std::string_view::npos;
}

}  // namespace

void CsvRow::Separator() {
  if (!first_) out_.push_back(',');
  first_ = false;
}

CsvRow& CsvRow::Text(std::string_view value) {
  Separator();
  if (!NeedsQuotes(value)) {
    out_.append(value);
    return *this;
  }
  out_.push_back('"');
  for (char c : value) {
    if (c == '"') out_.push_back('"');
    out_.push_back(c);
  }
  out_.push_back('"');
  return *this;
}

CsvRow& CsvRow::Upper(std::string_view value) {
  const std::size_t start = out_.size();
  Text(value);
  for (std::size_t i = start; i < out_.size(); ++i) {
    char& c = out_[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return *this;
}

CsvRow& CsvRow::Number(std::int64_t value) {
  Separator();
  out_.append(std::to_string(value));
  return *this;
}

CsvRow& CsvRow::Padded(std::int64_t value, int width) {
  Separator();
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out_.append(static_cast<std::size_t>(width) - digits.size(), '0');
  out_.append(digits);
  return *this;
}

CsvRow& CsvRow::Id(std::string_view prefix, std::uint64_t value, int width) {
  Separator();
  out_.append(prefix);
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out_.append(static_cast<std::size_t>(width) - digits.size(), '0');
  out_.append(digits);
  return *this;
}

void CsvRow::End() { out_.push_back('\n'); }

CsvOutput::~CsvOutput() { Discard(); }

CsvOutput::CsvOutput(CsvOutput&& other) noexcept
    : path_(std::move(other.path_)), file_(std::exchange(other.file_, nullptr)), buffer_(std::move(other.buffer_)),
      bytes_written_(other.bytes_written_) {}

CsvOutput& CsvOutput::operator=(CsvOutput&& other) noexcept {
  if (this != &other) {
    Discard();
    path_ = std::move(other.path_);
    file_ = std::exchange(other.file_, nullptr);
    buffer_ = std::move(other.buffer_);
    bytes_written_ = other.bytes_written_;
  }
  return *this;
}

void CsvOutput::Discard() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  file_ = nullptr;
  std::error_code ignored;
  std::filesystem::remove(path_ + std::string(kTempSuffix), ignored);
}

domain::Result<CsvOutput> CsvOutput::Open(const std::string& path) {
  CsvOutput out;
  out.path_ = path;
  const std::string temp = path + std::string(kTempSuffix);
  out.file_ = std::fopen(temp.c_str(), "wb");
  if (out.file_ == nullptr) {
    return domain::Unavailable("cannot create " + temp + " (" + std::strerror(errno) +
                               "); check that --out is a writable folder");
  }
  out.buffer_.reserve(kFlushThreshold * 2);
  return out;
}

domain::Status CsvOutput::Flush() {
  if (buffer_.empty()) return domain::Status::Ok();
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    return domain::Unavailable("cannot write " + path_ + ".tmp (" + std::strerror(errno) + "); is the disk full?");
  }
  bytes_written_ += buffer_.size();
  buffer_.clear();
  return domain::Status::Ok();
}

domain::Status CsvOutput::MaybeFlush() {
  if (buffer_.size() < kFlushThreshold) return domain::Status::Ok();
  return Flush();
}

domain::Status CsvOutput::Commit() {
  if (auto st = Flush(); !st.ok()) return st;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  const std::string temp = path_ + std::string(kTempSuffix);
  if (!closed) return domain::Unavailable("cannot close " + temp + "; is the disk full?");
  std::error_code ec;
  std::filesystem::rename(temp, path_, ec);
  if (ec) return domain::Unavailable("cannot rename " + temp + " to " + path_ + " (" + ec.message() + ")");
  return domain::Status::Ok();
}

}  // namespace tepat::synth
