#pragma once
// Text encodings met in files from Excel: UTF-8 (what Tepat stores) and Windows-1252 (Excel's "CSV" on Windows).
#include <string>
#include <string_view>

namespace tepat::ingest {

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). Pure; thread-safe.
bool IsValidUtf8(std::string_view text);

/// Transcodes Windows-1252 bytes to UTF-8 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D, undefined in 1252, map to the
/// C1 control of the same value, as Windows does). Pure; thread-safe.
std::string Windows1252ToUtf8(std::string_view bytes);

}  // namespace tepat::ingest
