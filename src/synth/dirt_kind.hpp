#pragma once
// DirtKind: every kind of dirt the generator puts into records, as written in truth.csv.
#include <cstdint>
#include <string>
#include <string_view>

namespace tepat::synth {

/// One kind of dirt. The names in truth.csv are DirtKindName(kind).
enum class DirtKind : std::uint8_t {
  kDuplicate = 0,     ///< "duplicate": a second dukcapil row for the same person
  kTypoInsert,        ///< "typo_insert": one extra letter in the name
  kTypoDelete,        ///< "typo_delete": one letter missing
  kTypoSubstitute,    ///< "typo_substitute": one letter replaced (keyboard neighbour or vowel)
  kSwappedLetters,    ///< "swapped_letters": two adjacent letters swapped
  kOldSpelling,       ///< "old_spelling": u->oe, j->dj, c->tj, y->j (pre-1972 spelling)
  kAbbreviation,      ///< "abbreviation": Muhammad->M./Moh./Muh., Siti->St., Abdul->Abd., last name->initial
  kTitle,             ///< "title": H./Hj. in front or an academic degree such as ", S.Pd" behind
  kNickname,          ///< "nickname": a given name replaced by its everyday short form
  kNikMissing,        ///< "nik_missing": NIK left empty
  kNikDigit,          ///< "nik_digit": one NIK digit wrong
  kNikTransposed,     ///< "nik_transposed": two adjacent NIK digits swapped
  kDateSwapped,       ///< "date_swapped": birth day and month swapped
  kDeceased,          ///< "deceased": the person died; the row is still listed (or is the death record)
  kMoved,             ///< "moved": the person moved away; the row is still listed (or is the move record)
  kDoubleKk,          ///< "double_kk": the household's rows repeated under a second KK number
  kCount
};

/// Lower-case snake name used in truth.csv and in flags' documentation.
std::string_view DirtKindName(DirtKind kind);

/// A set of dirt kinds on one record. Plain value type.
class DirtSet {
 public:
  /// Adds `kind` (idempotent).
  void Add(DirtKind kind) { bits_ |= Bit(kind); }
  /// True when `kind` was added.
  bool Has(DirtKind kind) const { return (bits_ & Bit(kind)) != 0; }
  /// True when no kind was added (a clean record).
  bool empty() const { return bits_ == 0; }
  /// Adds every kind of `other`.
  DirtSet& operator|=(DirtSet other) {
    bits_ |= other.bits_;
    return *this;
  }
  /// Appends the kinds' names joined by ';' (nothing when empty).
  void AppendNames(std::string& out) const;

 private:
  static std::uint32_t Bit(DirtKind kind) { return 1U << static_cast<unsigned>(kind); }
  std::uint32_t bits_ = 0;
};

}  // namespace tepat::synth
