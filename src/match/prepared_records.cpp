#include "match/prepared_records.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <string>

#include "fmt/format.h"
#include "match/name_normalizer.hpp"
#include "match/phonetic.hpp"
#include "match/text_normalizer.hpp"

namespace tepat::match {
namespace {

constexpr size_t kParallelGrain = 1024;
constexpr size_t kMaxTokens = 255;  // token_count is one byte
constexpr size_t kNormalizeChunk = 16384;  // values normalised into one buffer by one task

// Makes room for `size` entries; when `values` must move, it takes a quarter more room than asked: the
// records of a large registry are prepared once, then candidates are appended (and truncated) at every screening,
// which would otherwise copy arrays of hundreds of MB each time. Room never written is never faulted in.
template <typename T>
void ReserveWithRoom(std::vector<T>& values, size_t size) {
  if (size > values.capacity()) values.reserve(size + size / 4);
}

// Resizes `values` to `size` (new entries `fill`), with room as ReserveWithRoom.
template <typename T>
void ResizeWithRoom(std::vector<T>& values, size_t size, const T& fill) {
  ReserveWithRoom(values, size);
  values.resize(size, fill);
}

// Normalised texts of many values, in one buffer per chunk of values instead of one string each (millions of
// small allocations for a large registry).
struct NormalizedTexts {
  std::vector<std::string> buffers;
  std::vector<std::string_view> views;  // one per value, into `buffers`
};

// Normalises the cells `raw_ids` of `table` as `kind` says, in parallel; views in the order of `raw_ids`.
NormalizedTexts NormalizeAll(NormalizeKind kind, const RecordTable& table, const std::vector<uint32_t>& raw_ids) {
  const size_t count = raw_ids.size();
  NormalizedTexts out;
  out.buffers.resize((count + kNormalizeChunk - 1) / kNormalizeChunk);
  std::vector<size_t> ends(count);  // end of each value in its chunk's buffer
  tbb::parallel_for(size_t{0}, out.buffers.size(), [&](size_t chunk) {
    std::string& buffer = out.buffers[chunk];
    for (size_t i = chunk * kNormalizeChunk; i < std::min(count, (chunk + 1) * kNormalizeChunk); ++i) {
      buffer += NormalizeValue(kind, table.pool().Get(raw_ids[i]));
      ends[i] = buffer.size();
    }
  });
  out.views.resize(count);
  for (size_t i = 0; i < count; ++i) {
    const size_t begin = i % kNormalizeChunk == 0 ? 0 : ends[i - 1];
    out.views[i] = std::string_view(out.buffers[i / kNormalizeChunk]).substr(begin, ends[i] - begin);
  }
  return out;
}

bool LevelsNeedPhonetic(const FieldSpec& field) {
  for (const LevelSpec& level : field.levels) {
    if (level.kind == LevelKind::kPhonetic) return true;
  }
  return false;
}

bool LevelsNeedLetters(const FieldSpec& field) {
  for (const LevelSpec& level : field.levels) {
    if (level.kind == LevelKind::kJaroWinkler || level.kind == LevelKind::kLevenshtein) return true;
  }
  return false;
}

bool LevelsNeedTokens(const FieldSpec& field) {
  for (const LevelSpec& level : field.levels) {
    if (level.kind == LevelKind::kTokenSet || level.kind == LevelKind::kTokenSubset ||
        level.kind == LevelKind::kInitials || level.kind == LevelKind::kNickname) {
      return true;
    }
  }
  return false;
}

// Writes the card of value `id` (text, letters; the phonetic key comes later, once interned).
void FillCard(FieldColumn& field, uint32_t id) {
  const std::string_view text = field.pool.Get(id);
  ValueCard& card = field.cards[id];
  card.size = static_cast<uint16_t>(std::min<size_t>(text.size(), UINT16_MAX));
  if (text.size() <= ValueCard::kInlineText) text.copy(card.text, text.size());
  if (field.keeps_letters) card.letters = CountLetters(text);
}

}  // namespace

void FieldColumn::Grow(size_t size) {
  ResizeWithRoom(count, size, 0u);
  ResizeWithRoom(phonetic, size, kUnset);
  ResizeWithRoom(token_start, size, 0u);
  ResizeWithRoom(token_count, size, uint8_t{0});
  ResizeWithRoom(common, size, uint8_t{0});
  ResizeWithRoom(derived, size, uint8_t{0});
  ResizeWithRoom(cards, size, ValueCard{});
}

std::string NormalizeValue(NormalizeKind kind, std::string_view raw) {
  switch (kind) {
    case NormalizeKind::kNone:
      return std::string(raw);
    case NormalizeKind::kText:
      return NormalizeText(raw);
    case NormalizeKind::kIndonesianName:
      return NormalizeIndonesianName(raw);
    case NormalizeKind::kDigits:
      return DigitsOnly(raw);
    case NormalizeKind::kDate:
      return NormalizeDate(raw);
  }
  return std::string(raw);
}

PreparedRecords::PreparedRecords(const MatchSettings& settings)
    : settings_(settings),
      fields_(settings.fields.size()),
      needs_phonetic_(settings.fields.size()),
      needs_tokens_(settings.fields.size()) {
  for (size_t f = 0; f < settings.fields.size(); ++f) {
    needs_phonetic_[f] = LevelsNeedPhonetic(settings.fields[f]);
    needs_tokens_[f] = LevelsNeedTokens(settings.fields[f]);
    fields_[f].keeps_letters = LevelsNeedLetters(settings.fields[f]);
  }
  for (const BlockingRule& rule : settings.blocking) {
    for (const BlockingKeyPart& part : rule.keys) {
      for (size_t f = 0; f < settings.fields.size(); ++f) {
        if (settings.fields[f].name != part.field) continue;
        if (part.transform == KeyTransform::kPhonetic) needs_phonetic_[f] = true;
        if (part.transform == KeyTransform::kFirstToken || part.transform == KeyTransform::kLastToken) {
          needs_tokens_[f] = true;
        }
      }
    }
  }
  for (FieldColumn& column : fields_) column.Grow(1);
}

domain::Result<PreparedRecords> PreparedRecords::Build(const MatchSettings& settings,
                                                       const std::vector<const RecordTable*>& tables) {
  PreparedRecords prepared(settings);
  for (const RecordTable* table : tables) {
    if (auto status = prepared.Append(*table); !status.ok()) return status;
  }
  return prepared;
}

domain::Status PreparedRecords::Append(const RecordTable& table) {
  std::vector<size_t> columns(fields_.size());
  for (size_t f = 0; f < fields_.size(); ++f) {
    const FieldSpec& spec = settings_.fields[f];
    const auto column = table.ColumnIndex(spec.column);
    if (!column) {
      return domain::InvalidArgument(fmt::format(
          "fields[{}] \"{}\" reads column \"{}\", which the input does not have; fix \"column\" in the settings or "
          "the file's header",
          f, spec.name, spec.column));
    }
    columns[f] = *column;
  }
  // Fields are independent (each has its own pool), so they are prepared side by side.
  tbb::parallel_for(size_t{0}, fields_.size(), [&](size_t f) { AddValues(f, table, columns[f]); });
  ResizeWithRoom(record_values_, (rows_ + table.rows()) * fields_.size(), 0u);
  for (size_t f = 0; f < fields_.size(); ++f) {
    const std::vector<uint32_t>& value = fields_[f].value;
    for (size_t row = rows_; row < value.size(); ++row) record_values_[row * fields_.size() + f] = value[row];
  }
  rows_ += table.rows();
  return domain::Status::Ok();
}

void PreparedRecords::AddValues(size_t field_index, const RecordTable& table, size_t column) {
  FieldColumn& field = fields_[field_index];
  const NormalizeKind kind = settings_.fields[field_index].normalize;
  // Normalise each distinct raw cell once, in parallel, then intern serially.
  std::vector<uint32_t> raw_to_value(table.pool().size(), FieldColumn::kUnset);
  std::vector<uint32_t> distinct_raw;
  for (size_t row = 0; row < table.rows(); ++row) {
    const uint32_t raw = table.CellId(row, column);
    if (raw_to_value[raw] == FieldColumn::kUnset) {
      raw_to_value[raw] = 0;
      distinct_raw.push_back(raw);
    }
  }
  {
    const NormalizedTexts normalized = NormalizeAll(kind, table, distinct_raw);
    std::vector<uint32_t> ids(distinct_raw.size());
    // Room for every value at once, so the pool does not regrow and rehash while interning.
    field.pool.Reserve(field.pool.size() + ids.size(), field.pool.size() + ids.size());
    field.pool.InternAll(normalized.views, ids);  // the ids of Intern() one by one, in this order
    for (size_t i = 0; i < distinct_raw.size(); ++i) raw_to_value[distinct_raw[i]] = ids[i];
  }
  field.Grow(field.pool.size());
  // Values not seen before as values (they may have been interned as a token or key) need derived data.
  std::vector<uint32_t> new_ids;
  for (const uint32_t raw : distinct_raw) {
    const uint32_t id = raw_to_value[raw];
    if (id != StringPool::kEmptyId && field.derived[id] == 0) {
      field.derived[id] = 1;
      new_ids.push_back(id);
    }
  }
  ReserveWithRoom(field.value, field.value.size() + table.rows());
  for (size_t row = 0; row < table.rows(); ++row) {
    const uint32_t id = raw_to_value[table.CellId(row, column)];
    field.value.push_back(id);
    if (id != StringPool::kEmptyId) {
      ++field.count[id];
      ++field.present;
    }
  }
  DeriveNewValues(field_index, new_ids);
}

void PreparedRecords::DeriveNewValues(size_t field_index, const std::vector<uint32_t>& new_ids) {
  FieldColumn& field = fields_[field_index];
  const bool phonetic = needs_phonetic_[field_index];
  const bool tokens = needs_tokens_[field_index];
  tbb::parallel_for(tbb::blocked_range<size_t>(0, new_ids.size(), kParallelGrain),
                    [&](const tbb::blocked_range<size_t>& range) {
                      for (size_t i = range.begin(); i < range.end(); ++i) FillCard(field, new_ids[i]);
                    });
  if (!phonetic && !tokens) return;
  struct Derived {
    std::string phonetic;
    std::vector<std::string_view> tokens;
  };
  std::vector<Derived> derived(new_ids.size());
  tbb::parallel_for(
      tbb::blocked_range<size_t>(0, new_ids.size(), kParallelGrain), [&](const tbb::blocked_range<size_t>& range) {
        for (size_t i = range.begin(); i < range.end(); ++i) {
          const std::string_view text = field.pool.Get(new_ids[i]);
          if (phonetic) derived[i].phonetic = IndonesianPhoneticKey(text);
          if (tokens) derived[i].tokens = SplitTokens(text);
        }
      });
  for (size_t i = 0; i < new_ids.size(); ++i) {
    const uint32_t id = new_ids[i];
    if (phonetic) field.cards[id].phonetic = field.phonetic[id] = field.pool.Intern(derived[i].phonetic);
    if (tokens) {
      field.token_start[id] = static_cast<uint32_t>(field.tokens.size());
      const size_t count = std::min(derived[i].tokens.size(), kMaxTokens);
      for (size_t t = 0; t < count; ++t) field.tokens.push_back(field.pool.Intern(derived[i].tokens[t]));
      field.token_count[id] = static_cast<uint8_t>(count);
    }
  }
  // The keys and tokens interned above are new ids: the per-id arrays grow once for all of them (growing them key by
  // key copied the value cards again and again on large inputs).
  field.Grow(field.pool.size());
  if (!tokens) return;
  for (const uint32_t id : new_ids) {
    for (const uint32_t token : field.Tokens(id)) field.common[token] = IsCommonNameToken(field.pool.Get(token)) ? 1 : 0;
  }
}

void PreparedRecords::Truncate(size_t rows) {
  if (rows >= rows_) return;
  for (FieldColumn& field : fields_) {
    for (size_t row = rows; row < field.value.size(); ++row) {
      const uint32_t id = field.value[row];
      if (id != StringPool::kEmptyId) {
        --field.count[id];
        --field.present;
      }
    }
    field.value.resize(rows);
  }
  record_values_.resize(rows * fields_.size());
  rows_ = rows;
}

}  // namespace tepat::match
