#pragma once
// Files through the API: storing an uploaded request body under a server-made name, and answering with a file as
// an attachment (CSV/XLSX downloads of imports and screenings).
#include <filesystem>
#include <string>

#include "api/api_route.hpp"
#include "domain/status.hpp"
#include "http/message.hpp"

namespace tepat::api {

inline constexpr const char* kCsvContentType = "text/csv; charset=utf-8";
inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Stores the request body in `dir` (created when missing) under a random name with `suffix`; returns the path.
/// InvalidArgument when the body is empty (the message says to send the CSV or XLSX file as the body),
/// Unavailable when it cannot be written (nothing is left behind). Thread-safe.
domain::Result<std::filesystem::path> StoreUploadedBody(const ApiContext& ctx, const std::filesystem::path& dir,
                                                        const std::string& suffix);

/// A 200 answer carrying the file at `path` as the attachment `download_name`; a NotFound error answer when the
/// file is gone.
http::Response FileAttachmentResponse(const ApiContext& ctx, const std::filesystem::path& path,
                                      const char* content_type, const std::string& download_name);

}  // namespace tepat::api
