#pragma once
// Column headers of the generated files. They follow the import templates of src/ingest/import_template.cpp
// (same names, same order; dtks.csv fills the optional TANGGAL_LAHIR and JENIS_KELAMIN as real DTKS exports do) and
// add RECORD_ID as the last column (the importer ignores extra columns with a notice; truth.csv refers to it).
// Keep in step with docs/synthetic-data.md. (tepat_synth may not include src/ingest, so the names are repeated.)
#include <array>
#include <string_view>

namespace tepat::synth {

/// dukcapil.csv: one row per person per KK (civil registration).
inline constexpr std::array<std::string_view, 16> kDukcapilColumns = {
    "NIK",      "NO_KK", "NAMA", "TEMPAT_LAHIR", "TANGGAL_LAHIR", "JENIS_KELAMIN", "AGAMA",          "HUBUNGAN_KELUARGA",
    "ALAMAT",   "RT",    "RW",   "KODE_DESA",    "STATUS_HIDUP",  "TANGGAL_STATUS", "SUMBER_STATUS", "RECORD_ID"};

/// dtks.csv: one row per member of a DTKS household, household fields repeated.
inline constexpr std::array<std::string_view, 13> kDtksColumns = {
    "ID_DTKS", "NO_KK",        "NIK",         "NAMA",          "HUBUNGAN_KELUARGA", "KODE_DESA", "ALAMAT",
    "DESIL",   "PERIODE_DTKS", "STATUS_DTKS", "TANGGAL_LAHIR", "JENIS_KELAMIN",     "RECORD_ID"};

/// programs.csv: one row per program.
inline constexpr std::array<std::string_view, 9> kProgramColumns = {
    "KODE_PROGRAM", "NAMA_PROGRAM",  "JENIS_BANTUAN",   "SUMBER_DANA", "INSTANSI",
    "KODE_WILAYAH", "TANGGAL_MULAI", "TANGGAL_SELESAI", "KETERANGAN"};

/// recipients.csv: per recipient, program and period one PENETAPAN row and, when paid, one REALISASI row.
inline constexpr std::array<std::string_view, 12> kRecipientColumns = {
    "KODE_PROGRAM", "PERIODE",    "TAHAP", "NIK",            "NO_KK",    "NAMA",
    "KODE_DESA",    "NILAI_UANG", "BARANG", "TANGGAL_TERIMA", "NOMOR_SK", "RECORD_ID"};

/// truth.csv: the ground truth of every row of dukcapil.csv, dtks.csv and recipients.csv.
/// `line` is the line in that file (the header is line 1); `dirt` lists DirtKindName values joined by ';'.
inline constexpr std::array<std::string_view, 5> kTruthColumns = {"record_id", "file", "line", "person_id", "dirt"};

}  // namespace tepat::synth
