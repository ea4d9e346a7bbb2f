#include "ingest/import_template.hpp"

#include <cctype>

#include "ingest/template_columns.hpp"

namespace tepat::ingest {
namespace {

using T = ColumnType;
constexpr bool kRequired = true;
constexpr bool kOptional = false;
constexpr bool kBlankClears = true;
constexpr bool kBlankKeeps = false;
constexpr bool kCellMayBeEmpty = true;

ImportTemplate MakeDukcapil() {
  ImportTemplate t{TemplateKind::kDukcapil, {}};
  t.columns = {
      {"NIK", kRequired, T::kNik, kBlankKeeps, "3510011203850003", "NIK 16 digit sesuai KTP", {}},
      {"NO_KK", kRequired, T::kKk, kBlankKeeps, "3510010101200001", "Nomor Kartu Keluarga 16 digit",
       {"NOMOR_KK", "KK", "NO_KARTU_KELUARGA"}},
      {"NAMA", kRequired, T::kText, kBlankKeeps, "BUDI SANTOSO", "Nama lengkap sesuai KTP/KK", {"NAMA_LENGKAP"}},
      {"TEMPAT_LAHIR", kOptional, T::kText, kBlankKeeps, "BANYUWANGI", "Tempat lahir", {}},
      {"TANGGAL_LAHIR", kRequired, T::kDate, kBlankKeeps, "12/03/1985",
       "Tanggal lahir: 31/12/1980, 1980-12-31 atau 31-12-1980; harus cocok dengan NIK", {"TGL_LAHIR"}},
      {"JENIS_KELAMIN", kRequired, T::kSex, kBlankKeeps, "L", "L (laki-laki) atau P (perempuan); harus cocok dengan NIK",
       {"JK", "KELAMIN"}},
      {"AGAMA", kOptional, T::kText, kBlankKeeps, "ISLAM", "Agama (boleh kosong)", {}},
      {"HUBUNGAN_KELUARGA", kOptional, T::kCode, kBlankKeeps, "KEPALA KELUARGA",
       "KEPALA KELUARGA, ISTRI/SUAMI, ANAK, MENANTU, CUCU, ORANG TUA, MERTUA, FAMILI LAIN, PEMBANTU, LAINNYA",
       {"SHDK", "HUBUNGAN", "STATUS_HUBUNGAN_DALAM_KELUARGA"}},
      {"ALAMAT", kOptional, T::kText, kBlankKeeps, "DUSUN KRAJAN", "Alamat (jalan/dusun) tanpa RT/RW", {}},
      {"RT", kOptional, T::kInteger, kBlankKeeps, "003", "Nomor RT (angka)", {}},
      {"RW", kOptional, T::kInteger, kBlankKeeps, "001", "Nomor RW (angka)", {}},
      {"KODE_DESA", kRequired, T::kDesa, kBlankKeeps, "35.10.01.2001", "Kode desa/kelurahan Kemendagri, 10 digit",
       {"KODE_KELURAHAN", "KODE_DESA_KELURAHAN", "KODE_WILAYAH"}},
      {"STATUS_HIDUP", kOptional, T::kCode, kBlankKeeps, "HIDUP", "HIDUP, MENINGGAL atau PINDAH", {"STATUS"}},
      {"TANGGAL_STATUS", kOptional, T::kDate, kBlankClears, "",
       "Tanggal meninggal atau pindah; kosong menghapus tanggal yang tersimpan", {"TGL_STATUS"}},
      {"SUMBER_STATUS", kOptional, T::kText, kBlankClears, "",
       "Sumber keterangan status (mis. akta kematian, laporan desa); kosong menghapus yang tersimpan", {}},
  };
  return t;
}

ImportTemplate MakeDtks() {
  ImportTemplate t{TemplateKind::kDtks, {}};
  t.columns = {
      {"ID_DTKS", kOptional, T::kText, kBlankKeeps, "DTKS-3510-000123", "Nomor ID DTKS bila ada", {"IDDTKS"}},
      {"NO_KK", kRequired, T::kKk, kBlankKeeps, "3510010101200001", "Nomor Kartu Keluarga 16 digit",
       {"NOMOR_KK", "KK", "NO_KARTU_KELUARGA"}},
      {"NIK", kRequired, T::kNik, kBlankKeeps, "3510011203850003",
       "NIK anggota, 16 digit; sel kosong diterima dengan peringatan (anggota belum ber-NIK atau NIK belum padan)", {},
       kCellMayBeEmpty},
      {"NAMA", kRequired, T::kText, kBlankKeeps, "BUDI SANTOSO", "Nama anggota", {"NAMA_LENGKAP"}},
      {"HUBUNGAN_KELUARGA", kOptional, T::kCode, kBlankKeeps, "KEPALA KELUARGA",
       "KEPALA KELUARGA, ISTRI/SUAMI, ANAK, MENANTU, CUCU, ORANG TUA, MERTUA, FAMILI LAIN, PEMBANTU, LAINNYA",
       {"SHDK", "HUBUNGAN"}},
      {"KODE_DESA", kRequired, T::kDesa, kBlankKeeps, "35.10.01.2001", "Kode desa/kelurahan Kemendagri, 10 digit",
       {"KODE_KELURAHAN", "KODE_DESA_KELURAHAN", "KODE_WILAYAH"}},
      {"ALAMAT", kOptional, T::kText, kBlankKeeps, "DUSUN KRAJAN RT 003 RW 001", "Alamat rumah tangga", {}},
      {"DESIL", kRequired, T::kInteger, kBlankKeeps, "1", "Desil kesejahteraan 1 (termiskin) sampai 10",
       {"DESIL_KESEJAHTERAAN"}},
      {"PERIODE_DTKS", kRequired, T::kText, kBlankKeeps, "2024-03",
       "Periode pemutakhiran DTKS, tahun-bulan (mis. 2024-03)", {"PERIODE", "PERIODE_PEMUTAKHIRAN"}},
      {"STATUS_DTKS", kOptional, T::kCode, kBlankKeeps, "AKTIF", "AKTIF atau NONAKTIF (kosong = AKTIF)", {}},
      {"TANGGAL_LAHIR", kOptional, T::kDate, kBlankKeeps, "12/03/1985",
       "Tanggal lahir bila ada di ekspor DTKS; bila diisi harus cocok dengan NIK", {"TGL_LAHIR"}},
      {"JENIS_KELAMIN", kOptional, T::kSex, kBlankKeeps, "L", "L atau P bila ada; bila diisi harus cocok dengan NIK",
       {"JK", "KELAMIN"}},
  };
  return t;
}

ImportTemplate MakePrograms() {
  ImportTemplate t{TemplateKind::kPrograms, {}};
  t.columns = {
      {"KODE_PROGRAM", kRequired, T::kText, kBlankKeeps, "BST-3510-2024",
       "Kode unik program: huruf, angka, titik, garis bawah atau tanda hubung", {}},
      {"NAMA_PROGRAM", kRequired, T::kText, kBlankKeeps, "Bantuan Sosial Tunai 2024", "Nama program", {}},
      {"JENIS_BANTUAN", kRequired, T::kCode, kBlankKeeps, "BST",
       "BST, PKH, BPNT, SEMBAKO, BLT_DANA_DESA, BANPRES, BANPROV, BANKOT, BANKAB, LAINNYA", {"JENIS"}},
      {"SUMBER_DANA", kRequired, T::kCode, kBlankKeeps, "APBN", "APBN, APBD_PROVINSI, APBD_KABUPATEN_KOTA, DANA_DESA",
       {"SUMBER_ANGGARAN"}},
      {"INSTANSI", kOptional, T::kText, kBlankKeeps, "Dinas Sosial Kabupaten Banyuwangi", "Instansi pemilik program",
       {"OPD"}},
      {"KODE_WILAYAH", kRequired, T::kRegion, kBlankKeeps, "35.10",
       "Wilayah cakupan: kode provinsi, kabupaten/kota, kecamatan atau desa", {}},
      {"TANGGAL_MULAI", kRequired, T::kDate, kBlankKeeps, "01/01/2024", "Awal periode program", {}},
      {"TANGGAL_SELESAI", kOptional, T::kDate, kBlankClears, "31/12/2024",
       "Akhir periode program; kosong = belum ditentukan (menghapus yang tersimpan)", {}},
      {"KETERANGAN", kOptional, T::kText, kBlankClears, "", "Catatan; kosong menghapus yang tersimpan", {}},
  };
  return t;
}

ImportTemplate MakeRecipients() {
  ImportTemplate t{TemplateKind::kRecipients, {}};
  t.columns = {
      {"KODE_PROGRAM", kRequired, T::kText, kBlankKeeps, "BST-3510-2024", "Kode program (lihat template program)", {}},
      {"PERIODE", kRequired, T::kText, kBlankKeeps, "2024-01", "Periode atau tahap penyaluran (mis. 2024-01, TAHAP 2)",
       {"TAHAP_PENYALURAN"}},
      {"TAHAP", kRequired, T::kCode, kBlankKeeps, "PENETAPAN",
       "PENETAPAN (daftar SK) atau REALISASI (sudah disalurkan)", {"JENIS_DATA"}},
      {"NIK", kRequired, T::kNik, kBlankKeeps, "3510011203850003",
       "NIK penerima, 16 digit; sel kosong diterima dengan peringatan (dicocokkan dengan nama dan alamat)", {},
       kCellMayBeEmpty},
      {"NO_KK", kOptional, T::kKk, kBlankKeeps, "3510010101200001", "Nomor KK penerima",
       {"NOMOR_KK", "KK", "NO_KARTU_KELUARGA"}},
      {"NAMA", kRequired, T::kText, kBlankKeeps, "BUDI SANTOSO", "Nama penerima seperti tertulis di daftar",
       {"NAMA_PENERIMA"}},
      {"KODE_DESA", kRequired, T::kDesa, kBlankKeeps, "35.10.01.2001", "Kode desa/kelurahan penerima, 10 digit",
       {"KODE_KELURAHAN", "KODE_DESA_KELURAHAN"}},
      {"NILAI_UANG", kOptional, T::kMoney, kBlankKeeps, "600000", "Nilai bantuan uang dalam rupiah",
       {"NOMINAL", "JUMLAH_UANG"}},
      {"BARANG", kOptional, T::kText, kBlankKeeps, "", "Bantuan barang (mis. beras 10 kg)", {}},
      {"TANGGAL_TERIMA", kOptional, T::kDate, kBlankKeeps, "", "Tanggal penyaluran (untuk REALISASI)",
       {"TANGGAL_PENYALURAN"}},
      {"NOMOR_SK", kOptional, T::kText, kBlankKeeps, "188/123/KEP/429.011/2024", "Nomor SK penetapan", {"NO_SK"}},
  };
  return t;
}

}  // namespace

const char* TemplateKindName(TemplateKind kind) {
  switch (kind) {
    case TemplateKind::kDukcapil: return "dukcapil";
    case TemplateKind::kDtks: return "dtks";
    case TemplateKind::kPrograms: return "programs";
    case TemplateKind::kRecipients: return "recipients";
  }
  return "dukcapil";
}

const char* TemplateKindTitle(TemplateKind kind) {
  switch (kind) {
    case TemplateKind::kDukcapil: return "data kependudukan (Dukcapil)";
    case TemplateKind::kDtks: return "DTKS";
    case TemplateKind::kPrograms: return "program bantuan";
    case TemplateKind::kRecipients: return "penerima bantuan";
  }
  return "data kependudukan (Dukcapil)";
}

std::optional<TemplateKind> ParseTemplateKind(std::string_view text) {
  const std::string n = NormalizeHeader(text);
  if (n == "DUKCAPIL" || n == "KEPENDUDUKAN") return TemplateKind::kDukcapil;
  if (n == "DTKS") return TemplateKind::kDtks;
  if (n == "PROGRAMS" || n == "PROGRAM") return TemplateKind::kPrograms;
  if (n == "RECIPIENTS" || n == "RECIPIENT" || n == "PENERIMA") return TemplateKind::kRecipients;
  return std::nullopt;
}

const std::vector<TemplateKind>& AllTemplateKinds() {
  static const std::vector<TemplateKind> kAll = {TemplateKind::kDukcapil, TemplateKind::kDtks, TemplateKind::kPrograms,
                                                 TemplateKind::kRecipients};
  return kAll;
}

const char* ColumnTypeTitle(ColumnType type) {
  switch (type) {
    case ColumnType::kText: return "teks";
    case ColumnType::kNik: return "NIK (16 digit, format sel Teks)";
    case ColumnType::kKk: return "Nomor KK (16 digit, format sel Teks)";
    case ColumnType::kDate: return "tanggal (31/12/1980)";
    case ColumnType::kSex: return "L/P";
    case ColumnType::kDesa: return "kode desa (10 digit)";
    case ColumnType::kRegion: return "kode wilayah";
    case ColumnType::kInteger: return "angka bulat";
    case ColumnType::kMoney: return "rupiah";
    case ColumnType::kCode: return "kode dari daftar";
  }
  return "teks";
}

int ImportTemplate::IndexOf(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

const ImportTemplate& GetTemplate(TemplateKind kind) {
  static const ImportTemplate kDukcapil = MakeDukcapil();
  static const ImportTemplate kDtks = MakeDtks();
  static const ImportTemplate kPrograms = MakePrograms();
  static const ImportTemplate kRecipients = MakeRecipients();
  switch (kind) {
    case TemplateKind::kDukcapil: return kDukcapil;
    case TemplateKind::kDtks: return kDtks;
    case TemplateKind::kPrograms: return kPrograms;
    case TemplateKind::kRecipients: return kRecipients;
  }
  return kDukcapil;
}

std::string NormalizeHeader(std::string_view text) {
  std::string out;
  bool pending = false;
  for (char c : text) {
    const bool separator = c == ' ' || c == '\t' || c == '.' || c == '-' || c == '/' || c == '_' || c == '\r' ||
                           c == '\n';
    if (separator) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back('_');
    pending = false;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace tepat::ingest
