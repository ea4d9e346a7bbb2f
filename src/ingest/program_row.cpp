#include "ingest/program_row.hpp"

#include "ingest/row_limits.hpp"
#include "ingest/template_columns.hpp"

namespace tepat::ingest {

std::optional<std::string> ProgramCode(RowChecker& c, int col) {
  auto code = c.Text(col, kMaxCodeBytes);
  if (!code) return std::nullopt;
  for (char ch : *code) {
    const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' ||
                    ch == '_' || ch == '-';
    if (!ok) {
      c.Error(col, "Kode program hanya boleh huruf, angka, titik, garis bawah atau tanda hubung (tanpa spasi).",
              "A program code may hold only letters, digits, '.', '_' or '-' (no spaces).");
      return std::nullopt;
    }
  }
  return code;
}

bool ParseRow(RowChecker& c, ProgramRow* out) {
  namespace col = programs_column;
  constexpr bool kAnyDate = false;
  out->row = c.row_number();
  const auto code = ProgramCode(c, col::kKodeProgram);
  const auto name = c.Text(col::kNamaProgram, kMaxTextBytes);
  const auto kind = c.Code(col::kJenisBantuan, &domain::ParseProgramKind,
                           "BST, PKH, BPNT, SEMBAKO, BLT_DANA_DESA, BANPRES, BANPROV, BANKOT, BANKAB, LAINNYA");
  const auto funding = c.Code(col::kSumberDana, &domain::ParseFundingSource,
                              "APBN, APBD_PROVINSI, APBD_KABUPATEN_KOTA, DANA_DESA");
  out->agency = c.Update(col::kInstansi, c.Text(col::kInstansi, kMaxShortBytes));
  const auto region = c.Region(col::kKodeWilayah);
  const auto starts = c.Date(col::kTanggalMulai, kAnyDate);
  auto ends = c.Date(col::kTanggalSelesai, kAnyDate);
  if (starts && ends && *ends < *starts) {
    c.Error(col::kTanggalSelesai, "Tanggal selesai " + ends->Dmy() + " lebih awal dari tanggal mulai " +
                                      starts->Dmy() + ".",
            "End date " + ends->Dmy() + " is before the start date " + starts->Dmy() + ".");
    ends.reset();
  }
  out->ends = c.Update(col::kTanggalSelesai, ends);
  out->note = c.Update(col::kKeterangan, c.Text(col::kKeterangan, kMaxTextBytes));
  if (!c.ok()) return false;
  out->code = *code;
  out->name = *name;
  out->kind = *kind;
  out->funding = *funding;
  out->region = *region;
  out->starts = *starts;
  return true;
}

}  // namespace tepat::ingest
