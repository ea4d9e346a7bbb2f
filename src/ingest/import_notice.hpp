#pragma once
// ImportNotice: something an operator should know about a file that does not stop the import.
#include <cstdint>
#include <string>

namespace tepat::ingest {

/// A file-level remark (row 0) or a remark about one row, in Indonesian and English.
struct ImportNotice {
  std::uint64_t row = 0;   ///< 0 for the whole file
  std::string message_id;  ///< Indonesian
  std::string message_en;  ///< English
};

}  // namespace tepat::ingest
