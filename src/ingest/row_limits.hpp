#pragma once
// Length limits of text cells, shared by the typed rows.
#include <cstddef>
#include <cstdint>

namespace tepat::ingest {

inline constexpr std::size_t kMaxNameBytes = 200;     ///< person names
inline constexpr std::size_t kMaxTextBytes = 500;     ///< addresses, notes, goods
inline constexpr std::size_t kMaxCodeBytes = 64;      ///< program codes, periods, ids, decree numbers
inline constexpr std::size_t kMaxShortBytes = 100;    ///< birth place, religion, agency
inline constexpr std::int64_t kMaxRtRw = 999;         ///< RT and RW numbers

}  // namespace tepat::ingest
