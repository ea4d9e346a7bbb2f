#include "ingest/dukcapil_row.hpp"


#include "ingest/row_limits.hpp"
#include "ingest/template_columns.hpp"

namespace tepat::ingest {

std::string PadRtRw(std::int64_t value) {
  constexpr std::size_t kWidth = 3;
  std::string digits = std::to_string(value);
  if (digits.size() < kWidth) digits.insert(0, kWidth - digits.size(), '0');
  return digits;
}

bool ParseRow(RowChecker& c, DukcapilRow* out) {
  namespace col = dukcapil_column;
  constexpr bool kNotAfterToday = true;
  out->row = c.row_number();
  const auto birth_date = c.Date(col::kTanggalLahir, kNotAfterToday);
  const auto sex = c.SexCode(col::kJenisKelamin);
  const auto nik = c.Nik(col::kNik, {birth_date, sex});
  const auto kk = c.Kk(col::kNoKk);
  const auto name = c.Text(col::kNama, kMaxNameBytes);
  const auto desa = c.Desa(col::kKodeDesa);
  out->birth_place = c.Update(col::kTempatLahir, c.Text(col::kTempatLahir, kMaxShortBytes));
  out->religion = c.Update(col::kAgama, c.Text(col::kAgama, kMaxShortBytes));
  out->relation = c.Update(col::kHubunganKeluarga,
                           c.Code(col::kHubunganKeluarga, &domain::ParseFamilyRelation,
                                  "KEPALA KELUARGA, ISTRI/SUAMI, ANAK, MENANTU, CUCU, ORANG TUA, MERTUA, FAMILI LAIN, "
                                  "PEMBANTU, LAINNYA"));
  out->address = c.Update(col::kAlamat, c.Text(col::kAlamat, kMaxTextBytes));
  auto rt = c.Integer(col::kRt, 0, kMaxRtRw);
  out->rt = c.Update(col::kRt, rt ? std::optional(PadRtRw(*rt)) : std::nullopt);
  auto rw = c.Integer(col::kRw, 0, kMaxRtRw);
  out->rw = c.Update(col::kRw, rw ? std::optional(PadRtRw(*rw)) : std::nullopt);
  out->life_status = c.Update(col::kStatusHidup,
                              c.Code(col::kStatusHidup, &domain::ParseLifeStatus, "HIDUP, MENINGGAL, PINDAH"));
  auto status_date = c.Date(col::kTanggalStatus, kNotAfterToday);
  if (status_date && birth_date && *status_date < *birth_date) {
    c.Error(col::kTanggalStatus, "Tanggal status " + status_date->Dmy() + " lebih awal dari tanggal lahir " +
                                     birth_date->Dmy() + ".",
            "Status date " + status_date->Dmy() + " is before the birth date " + birth_date->Dmy() + ".");
    status_date.reset();
  }
  out->status_date = c.Update(col::kTanggalStatus, status_date);
  out->status_source = c.Update(col::kSumberStatus, c.Text(col::kSumberStatus, kMaxShortBytes));
  const bool left = out->life_status.is_set() && out->life_status.value != domain::LifeStatus::kAlive;
  if (left && c.IsBlank(col::kTanggalStatus)) {
    c.Warning(col::kTanggalStatus, "STATUS_HIDUP bukan HIDUP tetapi TANGGAL_STATUS kosong; isi tanggal meninggal "
                                   "atau pindah bila diketahui.",
              "STATUS_HIDUP is not HIDUP but TANGGAL_STATUS is empty; fill the date when known.");
  }
  if (!c.ok()) return false;
  out->nik = nik->digits;
  out->kk = *kk;
  out->name = *name;
  out->birth_date = nik->birth_date;
  out->sex = *sex;
  out->desa = *desa;
  return true;
}

}  // namespace tepat::ingest
