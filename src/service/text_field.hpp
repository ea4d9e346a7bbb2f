#pragma once
// CheckTextField: the text rules of complaint_text.hpp as a Status for one named input field.
#include <cstddef>
#include <string_view>

#include "domain/status.hpp"

namespace tepat::service {

/// Names of a field: `wire` as the API sends it ("body"), and how people call it in Indonesian and English.
struct FieldNames {
  std::string_view wire;
  std::string_view id;
  std::string_view en;
};

/// OK, or kInvalidArgument "<wire>: <Indonesian message> (<English message>)" for the first problem of `text`
/// (see domain::CheckText). Pure; thread-safe.
domain::Status CheckTextField(std::string_view text, std::size_t max_chars, bool required, const FieldNames& names);

}  // namespace tepat::service
