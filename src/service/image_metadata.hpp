#pragma once
// Removing metadata (EXIF with GPS position and camera serial, XMP, IPTC, comments, text chunks) from uploaded
// JPEG and PNG images without re-encoding the pixels, so a photo attached to a complaint does not reveal where
// or by whom it was taken.
#include <string>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::service {

/// A JPEG without its APP1-APP15 segments (EXIF, XMP, IPTC, ...) and comment (COM) segments; APP0 (JFIF), the
/// tables and the image data stay byte for byte. kInvalidArgument when `jpeg` is not a well-formed JPEG
/// (truncated, no start-of-scan). Pure; thread-safe.
domain::Result<std::string> StripJpegMetadata(std::string_view jpeg);

/// A PNG with only the chunks needed to draw it (IHDR, PLTE, IDAT, IEND, tRNS, gAMA, cHRM, sRGB, iCCP, sBIT,
/// pHYs, bKGD); text chunks (tEXt, zTXt, iTXt), eXIf, tIME and unknown chunks are dropped. Chunks are copied
/// whole, CRCs included. kInvalidArgument when `png` is not a well-formed PNG (bad signature, truncated chunk,
/// no IEND). Pure; thread-safe.
domain::Result<std::string> StripPngMetadata(std::string_view png);

}  // namespace tepat::service
