#include "ingest/dtks_row.hpp"

#include "ingest/row_limits.hpp"
#include "ingest/template_columns.hpp"

namespace tepat::ingest {
namespace {

constexpr int kMinRoundYear = 2000;
constexpr int kMaxRoundYear = 2100;
constexpr int kMonthsPerYear = 12;

// "2024-03" or "2024/03" or "03-2024" -> "2024-03"; nullopt otherwise.
std::optional<std::string> NormalizeRound(std::string_view text) {
  auto digits = [](std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  };
  const std::size_t sep = text.find_first_of("-/.");
  if (sep == std::string_view::npos) return std::nullopt;
  std::string_view a = text.substr(0, sep);
  std::string_view b = text.substr(sep + 1);
  if (a.size() <= 2 && b.size() == 4) std::swap(a, b);
  if (a.size() != 4 || b.empty() || b.size() > 2 || !digits(a) || !digits(b)) return std::nullopt;
  const int year = std::stoi(std::string(a));
  const int month = std::stoi(std::string(b));
  if (year < kMinRoundYear || year > kMaxRoundYear || month < 1 || month > kMonthsPerYear) return std::nullopt;
  return std::string(a) + (month < 10 ? "-0" : "-") + std::to_string(month);
}

}  // namespace

bool ParseRow(RowChecker& c, DtksRow* out) {
  namespace col = dtks_column;
  out->row = c.row_number();
  out->dtks_id = c.Update(col::kIdDtks, c.Text(col::kIdDtks, kMaxCodeBytes));
  const auto kk = c.Kk(col::kNoKk);
  constexpr bool kNotAfterToday = true;
  const auto birth_date = c.Date(col::kTanggalLahir, kNotAfterToday);
  const auto sex = c.SexCode(col::kJenisKelamin);
  const auto nik = c.NikOrEmpty(col::kNik, {birth_date, sex});
  const auto name = c.Text(col::kNama, kMaxNameBytes);
  out->relation = c.Update(col::kHubunganKeluarga,
                           c.Code(col::kHubunganKeluarga, &domain::ParseFamilyRelation,
                                  "KEPALA KELUARGA, ISTRI/SUAMI, ANAK, MENANTU, CUCU, ORANG TUA, MERTUA, FAMILI LAIN, "
                                  "PEMBANTU, LAINNYA"));
  const auto desa = c.Desa(col::kKodeDesa);
  out->address = c.Update(col::kAlamat, c.Text(col::kAlamat, kMaxTextBytes));
  const auto decile = c.Integer(col::kDesil, domain::kMinDecile, domain::kMaxDecile);
  std::optional<std::string> round;
  if (const auto text = c.Text(col::kPeriodeDtks, kMaxCodeBytes)) {
    round = NormalizeRound(*text);
    if (!round) {
      c.Error(col::kPeriodeDtks, "Periode DTKS harus tahun-bulan, mis. 2024-03.",
              "The DTKS round must be year-month, e.g. 2024-03.");
    }
  }
  const auto status = c.Code(col::kStatusDtks, &domain::ParseDtksStatus, "AKTIF, NONAKTIF");
  if (!c.ok()) return false;
  out->kk = *kk;
  out->nik = nik ? std::optional(nik->digits) : std::nullopt;
  out->name = *name;
  out->desa = *desa;
  out->decile = static_cast<int>(*decile);
  out->round = *round;
  out->status = status.value_or(domain::DtksStatus::kActive);
  out->birth_date = nik ? std::optional(nik->birth_date) : birth_date;
  out->sex = nik ? std::optional(nik->sex) : sex;
  return true;
}

}  // namespace tepat::ingest
