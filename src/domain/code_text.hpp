#pragma once
// CanonicalCode: the one normalisation used to compare coded values typed by people ("blt dana-desa" == "BLT_DANA_DESA").
#include <string>
#include <string_view>

namespace tepat::domain {

/// Upper-cases ASCII letters and turns every run of spaces, tabs, underscores, dashes or slashes into one space,
/// trimming both ends: " blt_dana-desa " -> "BLT DANA DESA". Pure; thread-safe.
std::string CanonicalCode(std::string_view text);

}  // namespace tepat::domain
