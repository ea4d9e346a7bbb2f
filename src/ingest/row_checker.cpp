#include "ingest/row_checker.hpp"

#include "domain/kk.hpp"
#include "ingest/cell_parsers.hpp"

namespace tepat::ingest {
namespace {

constexpr std::size_t kKabupatenDigits = 4;
constexpr std::size_t kKecamatanDigits = 6;

const Cell& EmptyCell() {
  static const Cell kEmpty;
  return kEmpty;
}

}  // namespace

const char* SeverityLabel(Severity severity) {
  return severity == Severity::kWarning ? "PERINGATAN" : "KESALAHAN";
}

RowChecker::RowChecker(const ImportTemplate& tmpl, const ColumnMap& map, const RawRow& row,
                       const ValidationContext& context, std::vector<RowIssue>* issues)
    : tmpl_(tmpl), map_(map), row_(row), context_(context), issues_(issues) {}

bool RowChecker::HasColumn(int col) const { return map_.file_index[static_cast<std::size_t>(col)] >= 0; }

const Cell& RowChecker::Raw(int col) const {
  const int f = map_.file_index[static_cast<std::size_t>(col)];
  if (f < 0 || static_cast<std::size_t>(f) >= row_.cells.size()) return EmptyCell();
  return row_.cells[static_cast<std::size_t>(f)];
}

bool RowChecker::IsBlank(int col) const {
  // A plain loop: almost every cell ends it at its first byte (find_first_not_of costs a memchr per byte).
  for (const char c : Raw(col).text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

void RowChecker::Record(int col, Severity severity, std::string reason_id, std::string reason_en) {
  const ColumnSpec& spec = tmpl_.columns[static_cast<std::size_t>(col)];
  std::string value = Raw(col).text;
  if (spec.type == ColumnType::kNik || spec.type == ColumnType::kKk) value = domain::MaskIdNumber(value);
  issues_->push_back({row_.number, std::string(spec.name), std::move(value), severity, std::move(reason_id),
                      std::move(reason_en)});
  if (severity == Severity::kError) ++errors_;
}

void RowChecker::Error(int col, std::string reason_id, std::string reason_en) {
  Record(col, Severity::kError, std::move(reason_id), std::move(reason_en));
}

void RowChecker::Warning(int col, std::string reason_id, std::string reason_en) {
  Record(col, Severity::kWarning, std::move(reason_id), std::move(reason_en));
}

bool RowChecker::MissingRequired(int col) {
  if (!IsBlank(col)) return false;
  const ColumnSpec& spec = tmpl_.columns[static_cast<std::size_t>(col)];
  if (spec.required) {
    Error(col, "Kolom " + std::string(spec.name) + " wajib diisi.", std::string(spec.name) + " is required.");
  }
  return true;
}

std::optional<std::string> RowChecker::Text(int col, std::size_t max_chars) {
  if (MissingRequired(col)) return std::nullopt;
  std::string text = CleanText(Raw(col).text);
  if (text.size() > max_chars) {
    Error(col, "Teks terlalu panjang (lebih dari " + std::to_string(max_chars) + " karakter); persingkat.",
          "Text too long (over " + std::to_string(max_chars) + " characters); shorten it.");
    return std::nullopt;
  }
  return text;
}

std::optional<domain::CivilDate> RowChecker::Date(int col, bool not_after_today) {
  if (MissingRequired(col)) return std::nullopt;
  const DateParse parsed = ParseDateCell(Raw(col));
  if (const auto* problem = std::get_if<DateProblem>(&parsed)) {
    Error(col, DateProblemMessageId(*problem), DateProblemMessageEn(*problem));
    return std::nullopt;
  }
  const domain::CivilDate date = std::get<domain::CivilDate>(parsed);
  if (not_after_today && date > context_.today) {
    Error(col, "Tanggal " + date.Dmy() + " ada di masa depan; periksa tahunnya.",
          "Date " + date.Dmy() + " is in the future; check the year.");
    return std::nullopt;
  }
  return date;
}

std::optional<domain::Sex> RowChecker::SexCode(int col) {
  if (MissingRequired(col)) return std::nullopt;
  if (auto sex = domain::ParseSex(Raw(col).text)) return sex;
  Error(col, "Jenis kelamin harus L (laki-laki) atau P (perempuan).", "Sex must be L (male) or P (female).");
  return std::nullopt;
}

std::optional<domain::RegionCode> RowChecker::CheckRegionKnown(int col, const domain::RegionCode& code) {
  const std::string& c = code.compact();
  if (context_.regions == nullptr || c.size() < kKabupatenDigits) return code;
  if (!context_.regions->HasKabupaten(std::string_view(c).substr(0, kKabupatenDigits))) {
    const std::string kab = code.Dotted().substr(0, std::string_view("PP.KK").size());
    Error(col, "Kabupaten/kota " + kab + " tidak dikenal; periksa kode wilayah Kemendagri.",
          "Kabupaten/kota " + kab + " is unknown; check the official region code.");
    return std::nullopt;
  }
  if (c.size() >= kKecamatanDigits && !context_.regions->HasKecamatan(std::string_view(c).substr(0, kKecamatanDigits))) {
    Warning(col, "Kecamatan " + code.Dotted().substr(0, std::string_view("PP.KK.CC").size()) +
                     " tidak ada dalam daftar wilayah saat ini; kode tetap diterima.",
            "Kecamatan not in the current region list; the code is accepted.");
  }
  return code;
}

std::optional<domain::RegionCode> RowChecker::Desa(int col) {
  if (MissingRequired(col)) return std::nullopt;
  auto code = domain::RegionCode::Parse(Raw(col).text);
  if (!code || code->level() != domain::RegionLevel::kDesa) {
    Error(col, "Kode desa/kelurahan harus 10 digit, mis. 35.10.01.2001 atau 3510012001.",
          "The desa/kelurahan code must have 10 digits, e.g. 35.10.01.2001.");
    return std::nullopt;
  }
  return CheckRegionKnown(col, *code);
}

std::optional<domain::RegionCode> RowChecker::Region(int col) {
  if (MissingRequired(col)) return std::nullopt;
  auto code = domain::RegionCode::Parse(Raw(col).text);
  if (!code) {
    Error(col, "Kode wilayah tidak sah; tulis kode Kemendagri, mis. 35 (provinsi), 35.10 (kabupaten/kota), "
               "35.10.01 (kecamatan) atau 35.10.01.2001 (desa).",
          "Invalid region code; use the official code, e.g. 35, 35.10, 35.10.01 or 35.10.01.2001.");
    return std::nullopt;
  }
  return CheckRegionKnown(col, *code);
}

std::optional<std::int64_t> RowChecker::Integer(int col, std::int64_t min, std::int64_t max) {
  if (MissingRequired(col)) return std::nullopt;
  auto v = ParseWholeNumber(Raw(col));
  if (!v || *v < min || *v > max) {
    const std::string range = std::to_string(min) + " sampai " + std::to_string(max);
    Error(col, "Harus angka bulat " + range + ".",
          "Must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ".");
    return std::nullopt;
  }
  return v;
}

std::optional<std::int64_t> RowChecker::Rupiah(int col) {
  if (MissingRequired(col)) return std::nullopt;
  if (auto v = ParseRupiah(Raw(col))) return v;
  Error(col, "Nilai rupiah tidak dikenali; tulis angka tanpa sen, mis. 600000 atau 600.000.",
        "Amount not recognised; write whole rupiah, e.g. 600000 or 600.000.");
  return std::nullopt;
}

std::optional<domain::NikFacts> RowChecker::Nik(int col, const domain::NikExpectation& expected) {
  if (MissingRequired(col)) return std::nullopt;
  const Cell& cell = Raw(col);
  if (cell.kind == CellKind::kNumber) {
    const domain::IdFinding f = domain::ExcelNumberFinding("NIK");
    Error(col, f.message_id, f.message_en);
    return std::nullopt;
  }
  domain::NikCheck check = domain::CheckNik(cell.text, {context_.regions, context_.today}, expected);
  for (const auto& f : check.errors) Error(col, f.message_id, f.message_en);
  for (const auto& f : check.warnings) Warning(col, f.message_id, f.message_en);
  if (!check.ok()) return std::nullopt;
  return std::move(check.facts);
}

std::optional<domain::NikFacts> RowChecker::NikOrEmpty(int col, const domain::NikExpectation& expected) {
  if (IsBlank(col)) {
    Warning(col, "NIK kosong; baris tetap diterima dan dicocokkan dengan nama, tanggal lahir dan alamat. Lengkapi NIK "
                 "bila diketahui.",
            "NIK is empty; the row is accepted and matched by name, birth date and address. Add the NIK when known.");
    return std::nullopt;
  }
  return Nik(col, expected);
}

std::optional<std::string> RowChecker::Kk(int col) {
  if (MissingRequired(col)) return std::nullopt;
  const Cell& cell = Raw(col);
  if (cell.kind == CellKind::kNumber) {
    const domain::IdFinding f = domain::ExcelNumberFinding("Nomor KK");
    Error(col, f.message_id, f.message_en);
    return std::nullopt;
  }
  domain::KkCheck check = domain::CheckKk(cell.text, context_.regions);
  for (const auto& f : check.errors) Error(col, f.message_id, f.message_en);
  for (const auto& f : check.warnings) Warning(col, f.message_id, f.message_en);
  return std::move(check.digits);
}

}  // namespace tepat::ingest
