#include "ingest/recipient_row.hpp"

#include "ingest/program_row.hpp"
#include "ingest/row_limits.hpp"
#include "ingest/template_columns.hpp"

namespace tepat::ingest {

bool ParseRow(RowChecker& c, RecipientRow* out) {
  namespace col = recipients_column;
  constexpr bool kNotAfterToday = true;
  out->row = c.row_number();
  const auto code = ProgramCode(c, col::kKodeProgram);
  const auto period = c.Text(col::kPeriode, kMaxCodeBytes);
  const auto stage = c.Code(col::kTahap, &domain::ParseRecipientStage, "PENETAPAN, REALISASI");
  const auto nik = c.NikOrEmpty(col::kNik, {});
  out->kk = c.Update(col::kNoKk, c.Kk(col::kNoKk));
  const auto name = c.Text(col::kNama, kMaxNameBytes);
  const auto desa = c.Desa(col::kKodeDesa);
  out->amount_rupiah = c.Update(col::kNilaiUang, c.Rupiah(col::kNilaiUang));
  out->goods = c.Update(col::kBarang, c.Text(col::kBarang, kMaxTextBytes));
  out->received_on = c.Update(col::kTanggalTerima, c.Date(col::kTanggalTerima, kNotAfterToday));
  out->decree_number = c.Update(col::kNomorSk, c.Text(col::kNomorSk, kMaxCodeBytes));
  if (!c.ok()) return false;
  out->program_code = *code;
  out->period = *period;
  out->stage = *stage;
  out->nik = nik ? std::optional(nik->digits) : std::nullopt;
  out->name = *name;
  out->desa = *desa;
  return true;
}

}  // namespace tepat::ingest
