#pragma once
// StaticFiles: the built web app (web/dist), loaded into memory at start-up and served with an SPA fallback.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace tepat::http {

/// One file ready to send.
struct StaticFile {
  std::string body;
  std::string content_type;
  std::string etag;
  bool immutable = false;  ///< hashed asset names (under /assets/) may be cached for a year
};

/// In-memory copy of a directory tree. Requests never touch the file system, so no path can escape the root.
/// Immutable after construction; thread-safe for lookups.
class StaticFiles {
 public:
  /// Loads every regular file below `root`. Returns nullopt with `*error` set when `root` has no index.html.
  static std::optional<StaticFiles> Load(const std::string& root, std::string* error);

  /// The file for a URL path: exact match, "/" → index.html, and any path whose last segment has no '.'
  /// → index.html (client-side routes). nullptr when nothing fits.
  const StaticFile* Find(std::string_view path) const;
  std::size_t size() const { return files_.size(); }

 private:
  std::map<std::string, StaticFile, std::less<>> files_;  // key: "/index.html", "/assets/app.js"
};

/// Content type for a file name by its extension ("application/octet-stream" when unknown).
std::string ContentTypeFor(std::string_view file_name);

}  // namespace tepat::http
