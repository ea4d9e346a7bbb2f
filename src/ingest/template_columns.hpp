#pragma once
// Positions of the columns inside each ImportTemplate (import_template.cpp lists them in this order; a unit test
// checks every name), so validators address columns without string look-ups.

namespace tepat::ingest {

/// Columns of the dukcapil template.
namespace dukcapil_column {
enum : int { kNik, kNoKk, kNama, kTempatLahir, kTanggalLahir, kJenisKelamin, kAgama, kHubunganKeluarga, kAlamat, kRt,
             kRw, kKodeDesa, kStatusHidup, kTanggalStatus, kSumberStatus, kCount };
}  // namespace dukcapil_column

/// Columns of the dtks template.
namespace dtks_column {
enum : int { kIdDtks, kNoKk, kNik, kNama, kHubunganKeluarga, kKodeDesa, kAlamat, kDesil, kPeriodeDtks, kStatusDtks,
             kTanggalLahir, kJenisKelamin, kCount };
}  // namespace dtks_column

/// Columns of the programs template.
namespace programs_column {
enum : int { kKodeProgram, kNamaProgram, kJenisBantuan, kSumberDana, kInstansi, kKodeWilayah, kTanggalMulai,
             kTanggalSelesai, kKeterangan, kCount };
}  // namespace programs_column

/// Columns of the recipients template.
namespace recipients_column {
enum : int { kKodeProgram, kPeriode, kTahap, kNik, kNoKk, kNama, kKodeDesa, kNilaiUang, kBarang, kTanggalTerima,
             kNomorSk, kCount };
}  // namespace recipients_column

}  // namespace tepat::ingest
