#pragma once
// Checking an uploaded attachment: its size, its real type sniffed from the content with libmagic (never from the
// name or the declared type) against an allow-list of images and PDF, and image metadata removed.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::service {

/// Largest attachment accepted (issue 5: 2 MB each), in bytes.
inline constexpr std::int64_t kMaxAttachmentBytes = 2 * 1024 * 1024;

/// An accepted upload: the bytes to store (metadata stripped for images), the sniffed type and the file
/// extension that goes with it.
struct CheckedUpload {
  std::string bytes;
  std::string content_type;  ///< "image/jpeg", "image/png" or "application/pdf"
  std::string extension;     ///< "jpg", "png", "pdf"
};

/// The MIME type libmagic finds in `bytes` ("application/x-executable", "image/png", ...), or "" when libmagic
/// cannot be used. Thread-safe (one libmagic handle per thread).
std::string SniffContentType(std::string_view bytes);

/// Checks an upload. kInvalidArgument (messages in Indonesian with English in parentheses, naming the field
/// "attachment") when it is empty, larger than kMaxAttachmentBytes, of a type outside the allow-list (JPEG, PNG,
/// PDF) whatever its name says, or a damaged image. Images come back without EXIF/XMP/text metadata.
/// Thread-safe.
domain::Result<CheckedUpload> CheckUpload(std::string_view bytes);

/// A file name safe to show in Content-Disposition: the last path component of `name`, with control characters,
/// quotes, backslashes and anything outside printable ASCII replaced by '_', at most 100 characters; "lampiran"
/// when nothing is left. Pure.
std::string CleanFileName(std::string_view name);

}  // namespace tepat::service
