#pragma once
// PreparedRecords: the compared fields of one or two tables, normalised once per distinct value, in columnar form.
#include <cstdint>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "match/match_settings.hpp"
#include "match/record_table.hpp"
#include "match/string_pool.hpp"
#include "match/string_similarity.hpp"

namespace tepat::match {

/// What comparing needs of one distinct value, in one cache line: its text (inline when short), its letter counts
/// and its phonetic key. Comparing a pair then reads one line per value instead of one per array (the pool's views,
/// the text, the letter counts), which is what bounds comparison speed.
struct alignas(64) ValueCard {
  static constexpr size_t kInlineText = 26;  ///< longer texts stay in the pool only
  LetterCounts letters;                      ///< filled when the field keeps letters (FieldColumn::keeps_letters)
  uint32_t phonetic = UINT32_MAX;            ///< id of the phonetic key when the field needs it
  uint16_t size = 0;                         ///< length of the text (all of it, even when not inline)
  char text[kInlineText] = {};               ///< the text when size <= kInlineText
};

/// One field's normalised value for every record plus data derived once per distinct value.
/// Ids index `pool`; derived arrays are indexed by value id and sized pool.size().
struct FieldColumn {
  /// Marks a derived entry not computed (the id is a token or a phonetic key, not a value).
  static constexpr uint32_t kUnset = UINT32_MAX;

  StringPool pool;                    ///< normalised values, their tokens and phonetic keys
  std::vector<uint32_t> value;        ///< per record; StringPool::kEmptyId when missing
  std::vector<uint32_t> count;        ///< per value id: how many records hold it (term frequency)
  std::vector<uint32_t> phonetic;     ///< per value id: id of its phonetic key (when the field needs it)
  std::vector<uint32_t> token_start;  ///< per value id: first index into `tokens`
  std::vector<uint8_t> token_count;   ///< per value id: number of tokens
  std::vector<uint32_t> tokens;       ///< token ids, value after value
  std::vector<uint8_t> common;        ///< per id: 1 when the token is a very common name token
  std::vector<uint8_t> derived;       ///< per id: 1 once phonetic/tokens of this value are computed
  std::vector<ValueCard> cards;       ///< per id: filled for values (not for ids that are only tokens or keys)
  bool keeps_letters = false;         ///< the field has a Jaro-Winkler or Levenshtein level: card letters are filled
  uint64_t present = 0;               ///< records with a value

  /// Sizes every per-id array to `size` ids (new entries unset).
  void Grow(size_t size);

  /// The text of value `id` read from its card (the pool only for long texts).
  std::string_view Text(uint32_t id) const {
    const ValueCard& card = cards[id];
    return card.size <= ValueCard::kInlineText ? std::string_view(card.text, card.size) : pool.Get(id);
  }

  /// The tokens of value `id`.
  std::basic_string_view<uint32_t> Tokens(uint32_t id) const {
    return {tokens.data() + token_start[id], token_count[id]};
  }
};

/// The prepared fields of all records of the tables given, numbered in order (first table's rows first).
/// Thread-safety: const methods may run concurrently; Append/Truncate need exclusive access.
class PreparedRecords {
 public:
  /// Normalises the settings' fields of each table (settings must be valid). Returns InvalidArgument naming the
  /// field and the column when a table lacks a column.
  static domain::Result<PreparedRecords> Build(const MatchSettings& settings,
                                               const std::vector<const RecordTable*>& tables);

  /// Appends the rows of `table` (e.g. candidates to screen against a registry). Same errors as Build.
  domain::Status Append(const RecordTable& table);
  /// Drops records from `rows` on (their values stay interned; term frequencies are restored).
  void Truncate(size_t rows);

  size_t rows() const { return rows_; }
  size_t field_count() const { return fields_.size(); }
  /// The value ids of every field of `record` (field_count() of them, in field order): the same ids as each
  /// field's `value[record]`, stored record by record so that comparing a pair reads one cache line per record.
  const uint32_t* RecordValues(size_t record) const { return record_values_.data() + record * fields_.size(); }
  const FieldColumn& field(size_t index) const { return fields_[index]; }
  const MatchSettings& settings() const { return settings_; }

 private:
  explicit PreparedRecords(const MatchSettings& settings);
  void AddValues(size_t field_index, const RecordTable& table, size_t column);
  void DeriveNewValues(size_t field_index, const std::vector<uint32_t>& new_ids);

  MatchSettings settings_;
  std::vector<FieldColumn> fields_;
  std::vector<bool> needs_phonetic_;
  std::vector<bool> needs_tokens_;
  std::vector<uint32_t> record_values_;  // record-major copy of the fields' `value` (see RecordValues)
  size_t rows_ = 0;
};

/// Normalises one value as `kind` says (exposed for tests and for screening single records).
std::string NormalizeValue(NormalizeKind kind, std::string_view raw);

}  // namespace tepat::match
