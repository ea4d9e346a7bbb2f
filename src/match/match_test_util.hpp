#pragma once
// Helpers shared by the tests of src/match (header only; not part of the library's interface).
#include <string>
#include <string_view>
#include <vector>

#include "match/match_settings.hpp"
#include "match/record_table.hpp"

namespace tepat::match::testing {

/// A table from a header and rows of equal length.
inline RecordTable MakeTable(const std::vector<std::string>& header,
                             const std::vector<std::vector<std::string>>& rows) {
  RecordTable table(header);
  for (const auto& row : rows) {
    const std::vector<std::string_view> views(row.begin(), row.end());
    (void)table.AddRow(views);
  }
  return table;
}

/// A field with the given levels.
inline FieldSpec Field(std::string name, NormalizeKind normalize, std::vector<LevelSpec> levels, bool tf = false) {
  FieldSpec field;
  field.column = name;
  field.name = std::move(name);
  field.normalize = normalize;
  field.levels = std::move(levels);
  field.tf_adjust = tf;
  return field;
}

/// A blocking rule on the values of the named fields.
inline BlockingRule Rule(std::string name, std::vector<std::string> fields) {
  BlockingRule rule;
  rule.name = std::move(name);
  for (auto& field : fields) rule.keys.push_back({std::move(field), KeyTransform::kValue, 0});
  return rule;
}

/// Settings for people: id, name (Indonesian), birth date, desa code.
inline MatchSettings PersonSettings() {
  MatchSettings settings;
  settings.id_column = "id";
  settings.fields = {
      Field("nama", NormalizeKind::kIndonesianName,
            {{LevelKind::kExact}, {LevelKind::kJaroWinkler, 0.92}, {LevelKind::kPhonetic}, {LevelKind::kTokenSubset}},
            true),
      Field("lahir", NormalizeKind::kDate,
            {{LevelKind::kExact}, {LevelKind::kDayMonthSwapped}, {LevelKind::kOneDigitOff}}),
      Field("desa", NormalizeKind::kDigits, {{LevelKind::kExact}, {LevelKind::kPrefix, 6}, {LevelKind::kPrefix, 4}}),
  };
  settings.blocking = {Rule("lahir", {"lahir"}), Rule("desa", {"desa"})};
  settings.u_sample_pairs = 10000;
  return settings;
}

}  // namespace tepat::match::testing
