#include "ingest/import_template.hpp"

#include <gtest/gtest.h>

#include <set>

#include "ingest/column_map.hpp"
#include "ingest/template_columns.hpp"

namespace tepat::ingest {
namespace {

TEST(ImportTemplateTest, ColumnPositionsMatchNames) {
  const auto& d = GetTemplate(TemplateKind::kDukcapil);
  ASSERT_EQ(d.columns.size(), static_cast<std::size_t>(dukcapil_column::kCount));
  EXPECT_EQ(d.IndexOf("NIK"), dukcapil_column::kNik);
  EXPECT_EQ(d.IndexOf("NO_KK"), dukcapil_column::kNoKk);
  EXPECT_EQ(d.IndexOf("NAMA"), dukcapil_column::kNama);
  EXPECT_EQ(d.IndexOf("TEMPAT_LAHIR"), dukcapil_column::kTempatLahir);
  EXPECT_EQ(d.IndexOf("TANGGAL_LAHIR"), dukcapil_column::kTanggalLahir);
  EXPECT_EQ(d.IndexOf("JENIS_KELAMIN"), dukcapil_column::kJenisKelamin);
  EXPECT_EQ(d.IndexOf("AGAMA"), dukcapil_column::kAgama);
  EXPECT_EQ(d.IndexOf("HUBUNGAN_KELUARGA"), dukcapil_column::kHubunganKeluarga);
  EXPECT_EQ(d.IndexOf("ALAMAT"), dukcapil_column::kAlamat);
  EXPECT_EQ(d.IndexOf("RT"), dukcapil_column::kRt);
  EXPECT_EQ(d.IndexOf("RW"), dukcapil_column::kRw);
  EXPECT_EQ(d.IndexOf("KODE_DESA"), dukcapil_column::kKodeDesa);
  EXPECT_EQ(d.IndexOf("STATUS_HIDUP"), dukcapil_column::kStatusHidup);
  EXPECT_EQ(d.IndexOf("TANGGAL_STATUS"), dukcapil_column::kTanggalStatus);
  EXPECT_EQ(d.IndexOf("SUMBER_STATUS"), dukcapil_column::kSumberStatus);

  const auto& t = GetTemplate(TemplateKind::kDtks);
  ASSERT_EQ(t.columns.size(), static_cast<std::size_t>(dtks_column::kCount));
  EXPECT_EQ(t.IndexOf("ID_DTKS"), dtks_column::kIdDtks);
  EXPECT_EQ(t.IndexOf("NO_KK"), dtks_column::kNoKk);
  EXPECT_EQ(t.IndexOf("NIK"), dtks_column::kNik);
  EXPECT_EQ(t.IndexOf("NAMA"), dtks_column::kNama);
  EXPECT_EQ(t.IndexOf("HUBUNGAN_KELUARGA"), dtks_column::kHubunganKeluarga);
  EXPECT_EQ(t.IndexOf("KODE_DESA"), dtks_column::kKodeDesa);
  EXPECT_EQ(t.IndexOf("ALAMAT"), dtks_column::kAlamat);
  EXPECT_EQ(t.IndexOf("DESIL"), dtks_column::kDesil);
  EXPECT_EQ(t.IndexOf("PERIODE_DTKS"), dtks_column::kPeriodeDtks);
  EXPECT_EQ(t.IndexOf("STATUS_DTKS"), dtks_column::kStatusDtks);
  EXPECT_EQ(t.IndexOf("TANGGAL_LAHIR"), dtks_column::kTanggalLahir);
  EXPECT_EQ(t.IndexOf("JENIS_KELAMIN"), dtks_column::kJenisKelamin);

  const auto& p = GetTemplate(TemplateKind::kPrograms);
  ASSERT_EQ(p.columns.size(), static_cast<std::size_t>(programs_column::kCount));
  EXPECT_EQ(p.IndexOf("KODE_PROGRAM"), programs_column::kKodeProgram);
  EXPECT_EQ(p.IndexOf("NAMA_PROGRAM"), programs_column::kNamaProgram);
  EXPECT_EQ(p.IndexOf("JENIS_BANTUAN"), programs_column::kJenisBantuan);
  EXPECT_EQ(p.IndexOf("SUMBER_DANA"), programs_column::kSumberDana);
  EXPECT_EQ(p.IndexOf("INSTANSI"), programs_column::kInstansi);
  EXPECT_EQ(p.IndexOf("KODE_WILAYAH"), programs_column::kKodeWilayah);
  EXPECT_EQ(p.IndexOf("TANGGAL_MULAI"), programs_column::kTanggalMulai);
  EXPECT_EQ(p.IndexOf("TANGGAL_SELESAI"), programs_column::kTanggalSelesai);
  EXPECT_EQ(p.IndexOf("KETERANGAN"), programs_column::kKeterangan);

  const auto& r = GetTemplate(TemplateKind::kRecipients);
  ASSERT_EQ(r.columns.size(), static_cast<std::size_t>(recipients_column::kCount));
  EXPECT_EQ(r.IndexOf("KODE_PROGRAM"), recipients_column::kKodeProgram);
  EXPECT_EQ(r.IndexOf("PERIODE"), recipients_column::kPeriode);
  EXPECT_EQ(r.IndexOf("TAHAP"), recipients_column::kTahap);
  EXPECT_EQ(r.IndexOf("NIK"), recipients_column::kNik);
  EXPECT_EQ(r.IndexOf("NO_KK"), recipients_column::kNoKk);
  EXPECT_EQ(r.IndexOf("NAMA"), recipients_column::kNama);
  EXPECT_EQ(r.IndexOf("KODE_DESA"), recipients_column::kKodeDesa);
  EXPECT_EQ(r.IndexOf("NILAI_UANG"), recipients_column::kNilaiUang);
  EXPECT_EQ(r.IndexOf("BARANG"), recipients_column::kBarang);
  EXPECT_EQ(r.IndexOf("TANGGAL_TERIMA"), recipients_column::kTanggalTerima);
  EXPECT_EQ(r.IndexOf("NOMOR_SK"), recipients_column::kNomorSk);
}

TEST(ImportTemplateTest, NamesAndAliasesAreNormalisedAndUniquePerTemplate) {
  for (TemplateKind kind : AllTemplateKinds()) {
    std::set<std::string> seen;
    for (const ColumnSpec& c : GetTemplate(kind).columns) {
      EXPECT_EQ(NormalizeHeader(c.name), c.name);
      EXPECT_TRUE(seen.insert(std::string(c.name)).second) << c.name;
      for (std::string_view a : c.aliases) {
        EXPECT_EQ(NormalizeHeader(a), a);
        EXPECT_TRUE(seen.insert(std::string(a)).second) << a;
      }
      EXPECT_FALSE(c.description.empty());
    }
  }
}

TEST(ImportTemplateTest, KindNamesRoundTrip) {
  for (TemplateKind kind : AllTemplateKinds()) EXPECT_EQ(ParseTemplateKind(TemplateKindName(kind)), kind);
  EXPECT_EQ(ParseTemplateKind("Penerima"), TemplateKind::kRecipients);
  EXPECT_EQ(ParseTemplateKind("sk"), std::nullopt);
}

TEST(NormalizeHeaderTest, IgnoresCaseSpacesDotsAndDashes) {
  EXPECT_EQ(NormalizeHeader(" No. KK "), "NO_KK");
  EXPECT_EQ(NormalizeHeader("tanggal lahir"), "TANGGAL_LAHIR");
  EXPECT_EQ(NormalizeHeader("Jenis-Kelamin"), "JENIS_KELAMIN");
  EXPECT_EQ(NormalizeHeader("KODE__DESA"), "KODE_DESA");
  EXPECT_EQ(NormalizeHeader(""), "");
}

RawRow Header(std::vector<std::string> names) {
  RawRow row;
  row.number = 1;
  for (auto& n : names) row.cells.push_back({n, CellKind::kText});
  return row;
}

TEST(MatchColumnsTest, MapsByNameInAnyOrder) {
  std::vector<ImportNotice> notices;
  auto map = MatchColumns(GetTemplate(TemplateKind::kPrograms),
                          Header({"tanggal mulai", "Kode Wilayah", "Sumber Dana", "JENIS", "Nama Program",
                                  "Kode Program"}),
                          &notices);
  ASSERT_TRUE(map.ok()) << map.status().message();
  EXPECT_EQ(map->file_index[programs_column::kTanggalMulai], 0);
  EXPECT_EQ(map->file_index[programs_column::kJenisBantuan], 3);
  EXPECT_EQ(map->file_index[programs_column::kKodeProgram], 5);
  EXPECT_EQ(map->file_index[programs_column::kInstansi], -1);
  EXPECT_TRUE(notices.empty());
}

TEST(MatchColumnsTest, DuplicateColumnIsAFileError) {
  std::vector<ImportNotice> notices;
  auto map = MatchColumns(GetTemplate(TemplateKind::kPrograms),
                          Header({"KODE_PROGRAM", "NAMA_PROGRAM", "JENIS_BANTUAN", "SUMBER_DANA", "KODE_WILAYAH",
                                  "TANGGAL_MULAI", "Jenis"}),
                          &notices);
  ASSERT_FALSE(map.ok());
  EXPECT_EQ(map.status().message(),
            "Kolom JENIS_BANTUAN muncul dua kali di baris judul (kolom ke-3 dan ke-7). Hapus salah satunya.");
}

// A DTKS export with birth date and sex holds every required dukcapil column, yet it is a DTKS file: its DESIL and
// PERIODE_DTKS are required DTKS columns unknown to dukcapil.
TEST(MatchColumnsTest, DtksExportWithBirthDatesGivenAsDukcapilIsRefused) {
  std::vector<ImportNotice> notices;
  auto map = MatchColumns(GetTemplate(TemplateKind::kDukcapil),
                          Header({"ID_DTKS", "NO_KK", "NIK", "NAMA", "HUBUNGAN_KELUARGA", "KODE_DESA", "ALAMAT", "DESIL",
                                  "PERIODE_DTKS", "STATUS_DTKS", "TANGGAL_LAHIR", "JENIS_KELAMIN", "RECORD_ID"}),
                          &notices);
  ASSERT_FALSE(map.ok());
  EXPECT_EQ(map.status().message().rfind("Template salah: file ini tampaknya template DTKS (dtks)", 0), 0u);
}

TEST(MatchColumnsTest, DukcapilFileWithOneExtraDtksColumnStaysDukcapil) {
  std::vector<ImportNotice> notices;
  auto map = MatchColumns(GetTemplate(TemplateKind::kDukcapil),
                          Header({"NIK", "NO_KK", "NAMA", "TANGGAL_LAHIR", "JENIS_KELAMIN", "KODE_DESA", "DESIL"}),
                          &notices);
  ASSERT_TRUE(map.ok()) << map.status().message();
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].message_id, "Kolom tambahan diabaikan: DESIL.");
}

TEST(MatchColumnsTest, RecipientsFileGivenAsProgramsNamesRecipients) {
  std::vector<ImportNotice> notices;
  auto map = MatchColumns(GetTemplate(TemplateKind::kPrograms),
                          Header({"KODE_PROGRAM", "PERIODE", "TAHAP", "NIK", "NAMA", "KODE_DESA"}), &notices);
  ASSERT_FALSE(map.ok());
  EXPECT_NE(map.status().message().find("tampaknya template penerima bantuan (recipients)"), std::string::npos);
}

}  // namespace
}  // namespace tepat::ingest
