#include "http/static_files.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <utility>

namespace tepat::http {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kContentTypes = {{
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".ico", "image/x-icon"},
    {".webp", "image/webp"},
    {".woff2", "font/woff2"},
    {".txt", "text/plain; charset=utf-8"},
    {".webmanifest", "application/manifest+json"},
    {".map", "application/json; charset=utf-8"},
}};

std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

std::string ContentTypeFor(std::string_view file_name) {
  std::size_t dot = file_name.rfind('.');
  if (dot != std::string_view::npos) {
    std::string_view ext = file_name.substr(dot);
    for (const auto& [e, type] : kContentTypes) {
      if (e == ext) return std::string(type);
    }
  }
  return "application/octet-stream";
}

std::optional<StaticFiles> StaticFiles::Load(const std::string& root, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(root) / "index.html", ec)) {
    if (error) *error = "no index.html in '" + root + "'; build the web app first (make build) or pass --static DIR";
    return std::nullopt;
  }
  StaticFiles files;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string url = "/" + fs::relative(entry.path(), root).generic_string();
    StaticFile file;
    file.body = ReadWholeFile(entry.path());
    file.content_type = ContentTypeFor(url);
    file.etag = "\"" + std::to_string(std::hash<std::string>{}(file.body)) + "\"";
    file.immutable = url.rfind("/assets/", 0) == 0;
    files.files_.emplace(std::move(url), std::move(file));
  }
  return files;
}

const StaticFile* StaticFiles::Find(std::string_view path) const {
  if (path.empty() || path == "/") path = "/index.html";
  if (auto it = files_.find(path); it != files_.end()) return &it->second;
  std::string_view last = path.substr(path.rfind('/') + 1);
  if (last.find('.') == std::string_view::npos) {
    auto index = files_.find(std::string_view("/index.html"));
    if (index != files_.end()) return &index->second;
  }
  return nullptr;
}

}  // namespace tepat::http
