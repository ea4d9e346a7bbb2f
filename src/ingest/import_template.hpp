#pragma once
// ImportTemplate: the four file layouts Tepat imports, each a list of columns with Indonesian headers.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tepat::ingest {

/// The kinds of import file.
enum class TemplateKind {
  kDukcapil,    ///< civil registration: people, families, life status
  kDtks,        ///< DTKS: households and members with welfare decile, per update round
  kPrograms,    ///< aid programs
  kRecipients,  ///< who is named (decree) or paid (realisation) in a program period
};

/// CLI/URL name: "dukcapil", "dtks", "programs", "recipients".
const char* TemplateKindName(TemplateKind kind);
/// Indonesian title for messages: "data kependudukan (Dukcapil)", "DTKS", "program bantuan", "penerima bantuan".
const char* TemplateKindTitle(TemplateKind kind);
/// Parses a name above (case-insensitive; also "program", "penerima", "recipient"); nullopt otherwise.
std::optional<TemplateKind> ParseTemplateKind(std::string_view text);
/// Every kind, in declaration order.
const std::vector<TemplateKind>& AllTemplateKinds();

/// What a column holds; decides how a cell is parsed and whether its value is masked in reports.
enum class ColumnType {
  kText,     ///< free text; whitespace runs collapse to one space
  kNik,      ///< 16-digit NIK (masked in reports)
  kKk,       ///< 16-digit KK number (masked in reports)
  kDate,     ///< 31/12/1980, 1980-12-31, 31-12-1980 or an Excel date/serial
  kSex,      ///< L or P
  kDesa,     ///< 10-digit desa/kelurahan code, dots allowed
  kRegion,   ///< region code of any level (2, 4, 6 or 10 digits)
  kInteger,  ///< whole number
  kMoney,    ///< amount in rupiah: 600000, 600.000, Rp 600.000,00
  kCode,     ///< one of a fixed list of codes (listed in the column description)
};

/// Indonesian name of a type for the template guide: "teks", "NIK (16 digit)", ...
const char* ColumnTypeTitle(ColumnType type);

/// One column of a template.
struct ColumnSpec {
  std::string_view name;         ///< header as written in the template, e.g. "TANGGAL_LAHIR"
  bool required = false;         ///< the header must be present and every row must fill it
  ColumnType type = ColumnType::kText;
  bool blank_clears = false;     ///< an empty cell clears the stored value; otherwise an empty cell keeps it
  std::string_view example;      ///< value of the example row
  std::string_view description;  ///< Indonesian, for the guide sheet and docs
  std::vector<std::string_view> aliases;  ///< other headers accepted (already normalised, e.g. "NOMOR_KK")
  bool cell_may_be_empty = false;  ///< for a required column: the header must be there but a cell may be empty
};

/// A template: its kind and columns in file order.
struct ImportTemplate {
  TemplateKind kind = TemplateKind::kDukcapil;
  std::vector<ColumnSpec> columns;

  /// Position of the column named `name` (exact template name), or -1.
  int IndexOf(std::string_view name) const;
};

/// The template of `kind`. The returned reference lives for the whole program; thread-safe.
const ImportTemplate& GetTemplate(TemplateKind kind);

/// Header text normalised for matching: trimmed, upper case, runs of spaces, dots, dashes or slashes become one
/// underscore ("No. KK " -> "NO_KK", "tanggal lahir" -> "TANGGAL_LAHIR"). Pure; thread-safe.
std::string NormalizeHeader(std::string_view text);

}  // namespace tepat::ingest
