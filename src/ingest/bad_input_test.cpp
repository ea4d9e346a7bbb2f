// The "Bad input" cases of issue 3, each with a fixture under tests/ingest/fixtures/ (XLSX ones are generated).
#include <gtest/gtest.h>

#include <xlsxwriter.h>

#include <filesystem>
#include <string>
#include <unistd.h>

#include "ingest/ingest_testing.hpp"

namespace tepat::ingest {
namespace {

using testing::Fixture;
using testing::Import;
using testing::TempDir;

// Compact form of an issue for exact comparison.
std::string Describe(const RowIssue& i) {
  return std::to_string(i.row) + "|" + i.column + "|" + i.value + "|" + SeverityLabel(i.severity) + "|" + i.reason_id;
}

std::vector<std::string> DescribeAll(const std::vector<RowIssue>& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues) out.push_back(Describe(i));
  return out;
}

TEST(BadInputTest, DateFormsAndExcelSerials) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_dates.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 5u);
  for (const DukcapilRow& r : out.rows) EXPECT_EQ(r.birth_date, (domain::CivilDate{1980, 12, 31})) << r.row;
  EXPECT_EQ(out.rows[1].sex, domain::Sex::kFemale);
  EXPECT_EQ(DescribeAll(out.issues),
            (std::vector<std::string>{
                "7|TANGGAL_LAHIR|31/12/80|KESALAHAN|Tahun hanya 2 digit; tulis tahun 4 digit, mis. 31/12/1980.",
                "8|TANGGAL_LAHIR|12/31/1980|KESALAHAN|Tanggal ini tidak ada di kalender; periksa urutan "
                "hari/bulan/tahun (mis. 31/12/1980).",
                "9|TANGGAL_LAHIR|1980|KESALAHAN|Hanya tahun yang diisi; tulis tanggal lengkap, mis. 31/12/1980."}));
  EXPECT_EQ(out.summary->rows_invalid, 3u);
}

TEST(BadInputTest, RowErrorsNameRowColumnMaskedValueAndReason) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_bad_rows.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  EXPECT_EQ(out.summary->rows_read, 13u);
  EXPECT_EQ(out.summary->rows_valid, 1u);  // row 11: warnings only
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].row, 11u);
  EXPECT_EQ(out.summary->warnings, 2u);
  const std::vector<std::string> expected = {
      "2|NIK|3.51E+15|KESALAHAN|NIK tersimpan sebagai angka Excel (misalnya 3.51E+15): Excel mengubah sel menjadi "
      "angka dan digit terakhir hilang. Format kolom NIK sebagai Teks, lalu isi ulang dari data aslinya.",
      "3|NIK|3510********0000|KESALAHAN|Nomor urut NIK (4 digit terakhir) tidak boleh 0000; periksa NIK pada KTP.",
      "4|NIK|3510********0003|KESALAHAN|NIK 3510********0003 menunjukkan tanggal lahir 12/03/1985, tetapi tanggal "
      "lahir yang diisi 13/03/1985; periksa salah satunya.",
      "5|NIK|3510********0003|KESALAHAN|NIK 3510********0003 menunjukkan jenis kelamin L (laki-laki), tetapi jenis "
      "kelamin yang diisi P (perempuan); untuk perempuan tanggal pada NIK ditambah 40.",
      "6|NIK|3599********0003|KESALAHAN|4 digit pertama NIK (35.99) bukan kode kabupaten/kota yang dikenal; periksa "
      "NIK pada dokumen aslinya.",
      "7|JENIS_KELAMIN|X|KESALAHAN|Jenis kelamin harus L (laki-laki) atau P (perempuan).",
      "8|KODE_DESA|35.10.01.20|KESALAHAN|Kode desa/kelurahan harus 10 digit, mis. 35.10.01.2001 atau 3510012001.",
      "9|NAMA||KESALAHAN|Kolom NAMA wajib diisi.",
      "10|NO_KK|3510******2000|KESALAHAN|Nomor KK harus 16 digit, tertulis 14 digit; periksa angka yang hilang atau "
      "berlebih.",
      "11|NIK|3510********0003|PERINGATAN|Kode kecamatan 35.10.99 pada NIK tidak ada dalam daftar wilayah saat ini "
      "(mungkin wilayah sudah dimekarkan); NIK tetap diterima.",
      "11|KODE_DESA|35.10.99.2001|PERINGATAN|Kecamatan 35.10.99 tidak ada dalam daftar wilayah saat ini; kode tetap "
      "diterima.",
      "12|STATUS_HIDUP|HILANG|KESALAHAN|Nilai tidak dikenal; pilih salah satu: HIDUP, MENINGGAL, PINDAH.",
      "13|TANGGAL_LAHIR|01/01/2030|KESALAHAN|Tanggal 01/01/2030 ada di masa depan; periksa tahunnya.",
      "14|||KESALAHAN|Baris ini berisi 16 kolom, sedangkan baris judul 15 kolom; mungkin ada pemisah kolom di dalam "
      "nilai tanpa tanda kutip. Periksa baris ini.",
  };
  EXPECT_EQ(DescribeAll(out.issues), expected);
  for (const RowIssue& i : out.issues) {
    EXPECT_FALSE(i.reason_en.empty()) << Describe(i);
    EXPECT_EQ(i.value.find("3510011203850003"), std::string::npos);
  }
}

TEST(BadInputTest, QuotesInsideFieldsAndLineBreaksKeepRowNumbers) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_quotes.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ(out.rows[0].name, "SANTOSO, BUDI");
  EXPECT_EQ(out.rows[0].address.value, "Jl. \"Merdeka\" No. 5");
  EXPECT_EQ(out.rows[1].address.value, "DUSUN KRAJAN RT 3 RW 1");  // line break inside quotes, whitespace collapsed
  EXPECT_EQ(out.rows[2].name, "O\"NEIL");                          // a stray quote in an unquoted field is text
  EXPECT_EQ((std::vector<std::uint64_t>{out.rows[0].row, out.rows[1].row, out.rows[2].row}),
            (std::vector<std::uint64_t>{2, 3, 4}));
  EXPECT_EQ(DescribeAll(out.issues),
            (std::vector<std::string>{
                "5|JENIS_KELAMIN|X|KESALAHAN|Jenis kelamin harus L (laki-laki) atau P (perempuan)."}));
}

TEST(BadInputTest, EmptyLinesAreSkippedButCounted) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_empty_lines.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 2u);
  EXPECT_EQ(out.rows[0].row, 2u);
  EXPECT_EQ(out.rows[1].row, 5u);
  EXPECT_EQ(out.summary->rows_read, 3u);
  EXPECT_EQ(DescribeAll(out.issues),
            (std::vector<std::string>{
                "7|JENIS_KELAMIN|X|KESALAHAN|Jenis kelamin harus L (laki-laki) atau P (perempuan)."}));
}

TEST(BadInputTest, BomIsStrippedAndSemicolonDetected) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_bom_semicolon.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  EXPECT_EQ(out.summary->format, "CSV, pemisah titik koma (;), UTF-8");
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].nik, "3510011203850003");
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].row, 3u);
  EXPECT_EQ(out.issues[0].column, "NIK");
  EXPECT_NE(out.issues[0].reason_id.find("jenis kelamin P (perempuan), tetapi jenis kelamin yang diisi L"),
            std::string::npos);
}

TEST(BadInputTest, Windows1252IsTranscodedWithANotice) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_cp1252.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].name, "JOS\xC3\x89 RIZAL");
  EXPECT_EQ(out.rows[0].address.value, "JL. \xE2\x80\x98MAWAR\xE2\x80\x99");
  ASSERT_EQ(out.summary->notices.size(), 1u);
  EXPECT_EQ(out.summary->notices[0].message_id.rfind("File bukan UTF-8; teks dibaca sebagai Windows-1252", 0), 0u);
  EXPECT_NE(out.summary->notices[0].message_id.find("baris 2"), std::string::npos);
  EXPECT_EQ(out.summary->format, "CSV, pemisah koma (,), Windows-1252");
}

TEST(BadInputTest, WrongDelimiterIsAFileError) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_wrong_delimiter.csv"));
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "Pemisah kolom tidak dikenal: baris judul memakai ':'. Pemisah yang didukung: koma (,), titik koma (;), "
            "tab, atau garis tegak (|). Simpan ulang file sebagai CSV dari Excel atau pakai template Tepat.");
  EXPECT_TRUE(out.rows.empty());
}

TEST(BadInputTest, MissingColumnsAreListed) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_missing_columns.csv"));
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "Kolom wajib tidak ditemukan di baris judul (baris 1): TANGGAL_LAHIR, KODE_DESA. Kolom yang ada: NIK, "
            "NO_KK, NAMA, JENIS_KELAMIN. Tambahkan kolom itu atau unduh template dukcapil.");
}

TEST(BadInputTest, ExtraColumnsAreIgnoredWithANoticeAndHeadersMatchLoosely) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_extra_columns.csv"));
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].name, "BUDI SANTOSO");
  EXPECT_EQ(out.rows[0].kk, "3510010101200001");
  EXPECT_EQ(out.rows[0].desa.compact(), "3510012001");
  EXPECT_EQ(out.rows[0].address.op, FieldUpdate<std::string>::Op::kKeep);  // absent column keeps the stored value
  ASSERT_EQ(out.summary->notices.size(), 1u);
  EXPECT_EQ(out.summary->notices[0].message_id, "Kolom tambahan diabaikan: CATATAN, No HP.");
  EXPECT_TRUE(out.issues.empty());
}

TEST(BadInputTest, WrongTemplateSaysWhichTemplateItLooksLike) {
  auto out = Import<DukcapilRow>(Fixture("dtks_valid.csv"));
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "Template salah: file ini tampaknya template DTKS (dtks), bukan data kependudukan (Dukcapil) (dukcapil). "
            "Pilih jenis impor dtks atau unduh template dukcapil.");
}

TEST(BadInputTest, UnclosedQuoteIsAFileErrorNamingTheRow) {
  auto out = Import<DukcapilRow>(Fixture("dukcapil_unclosed_quote.csv"));
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "Tanda kutip (\") di baris 3 kolom ke-3 tidak pernah ditutup sampai akhir file. Tutup tanda kutip itu "
            "atau hapus.");
}

// Writes `prefix` to `path`, then extends the file to `bytes` with NUL bytes without using disk space (sparse).
void WriteSparseFile(const std::filesystem::path& path, const std::string& prefix, std::uint64_t bytes) {
  testing::WriteFile(path, prefix);
  ASSERT_EQ(truncate(path.c_str(), static_cast<off_t>(bytes)), 0);
}

TEST(BadInputTest, FileOverTheSizeLimitIsRefusedBeforeReading) {
  ImportOptions options;
  options.table.max_file_bytes = 100;
  auto out = Import<DukcapilRow>(Fixture("dukcapil_dates.csv"), options);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "File berukuran 0.0 MB, melebihi batas 0.0 MB. Bagi data menjadi beberapa file yang lebih kecil, lalu "
            "impor satu per satu.");
}

TEST(BadInputTest, SparseFileLargerThanTheDefaultLimitIsRefused) {
  TempDir dir;
  const auto path = dir / "besar.csv";
  constexpr std::uint64_t kFiveGiB = 5ull * 1024 * 1024 * 1024;
  WriteSparseFile(path, "", kFiveGiB);
  auto out = Import<DukcapilRow>(path);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "File berukuran 5120.0 MB, melebihi batas 4096.0 MB. Bagi data menjadi beberapa file yang lebih kecil, "
            "lalu impor satu per satu.");
}

// A 2 GB file under the 4 GiB limit is streamed, not refused: a header followed by 2 GB of NUL bytes (a sparse file,
// no disk space used; what a broken copy or a disk image looks like) ends in a row-level file error as soon as the
// first cell passes the cell limit, without reading the rest and without a crash.
TEST(BadInputTest, SparseTwoGigabyteFileEndsInAClearErrorAfterItsFirstMegabyte) {
  TempDir dir;
  const auto path = dir / "dua-giga.csv";
  constexpr std::uint64_t kTwoGiB = 2ull * 1024 * 1024 * 1024;
  WriteSparseFile(path, "NIK,NO_KK,NAMA,TANGGAL_LAHIR,JENIS_KELAMIN,KODE_DESA\n", kTwoGiB);
  auto out = Import<DukcapilRow>(path);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "Sel di baris 2 kolom ke-1 lebih panjang dari 1048576 byte; kemungkinan ada tanda kutip (\") yang tidak "
            "ditutup. Periksa baris itu.");
  EXPECT_TRUE(out.rows.empty());
}

// Writes a small dukcapil workbook the way Excel users make them: a NIK typed as a number, dates as real dates,
// dates as plain serial numbers and as text.
void WriteDukcapilWorkbook(const std::filesystem::path& path, bool constant_memory) {
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Data");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  const auto& cols = GetTemplate(TemplateKind::kDukcapil).columns;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), std::string(cols[c].name).c_str(), nullptr);
  }
  auto text_row = [&](lxw_row_t r, const char* nik, const char* name, const char* sex) {
    worksheet_write_string(ws, r, 0, nik, nullptr);
    worksheet_write_string(ws, r, 1, "3510010101200001", nullptr);
    worksheet_write_string(ws, r, 2, name, nullptr);
    worksheet_write_string(ws, r, 5, sex, nullptr);
    worksheet_write_string(ws, r, 11, "35.10.01.2001", nullptr);
  };
  // Row 2: a real Excel date cell.
  text_row(1, "3510013112800001", "AHMAD", "L");
  lxw_datetime dt = {1980, 12, 31, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 4, &dt, date);
  worksheet_write_number(ws, 1, 9, 3, nullptr);  // RT as a number
  // Row 3: NIK stored as a number (Excel shows 3.51001E+15).
  worksheet_write_number(ws, 2, 0, 3510013112800002.0, nullptr);
  worksheet_write_string(ws, 2, 1, "3510010101200001", nullptr);
  worksheet_write_string(ws, 2, 2, "BAMBANG", nullptr);
  worksheet_write_string(ws, 2, 4, "31/12/1980", nullptr);
  worksheet_write_string(ws, 2, 5, "L", nullptr);
  worksheet_write_string(ws, 2, 11, "35.10.01.2001", nullptr);
  // Row 5 (row 4 left empty): the date as a bare serial number without date format.
  text_row(4, "3510017112800003", "CITRA", "P");
  worksheet_write_number(ws, 4, 4, 29586, nullptr);
  // Row 6: the date as ISO text.
  text_row(5, "3510013112800004", "DEDI", "L");
  worksheet_write_string(ws, 5, 4, "1980-12-31", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

class XlsxBadInputTest : public ::testing::TestWithParam<bool> {};

TEST_P(XlsxBadInputTest, ReadsDatesSerialsAndRefusesNumericNik) {
  TempDir dir;
  const auto path = dir / "dukcapil.xlsx";
  WriteDukcapilWorkbook(path, GetParam());
  auto out = Import<DukcapilRow>(path);
  ASSERT_TRUE(out.summary.ok()) << out.summary.status().message();
  EXPECT_EQ(out.summary->format, "XLSX, lembar 'Data'");
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ((std::vector<std::uint64_t>{out.rows[0].row, out.rows[1].row, out.rows[2].row}),
            (std::vector<std::uint64_t>{2, 5, 6}));
  for (const auto& r : out.rows) EXPECT_EQ(r.birth_date, (domain::CivilDate{1980, 12, 31})) << r.row;
  EXPECT_EQ(out.rows[0].rt.value, "003");
  ASSERT_EQ(out.issues.size(), 1u);
  EXPECT_EQ(out.issues[0].row, 3u);
  EXPECT_EQ(out.issues[0].column, "NIK");
  EXPECT_EQ(out.issues[0].value, "3510********0002");
  EXPECT_EQ(out.issues[0].reason_id.rfind("NIK tersimpan sebagai angka Excel", 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(SharedAndInlineStrings, XlsxBadInputTest, ::testing::Values(false, true));

TEST(BadInputTest, TruncatedXlsxIsAClearFileError) {
  TempDir dir;
  const auto whole = dir / "whole.xlsx";
  WriteDukcapilWorkbook(whole, false);
  const std::string bytes = testing::ReadFile(whole);
  const auto cut = dir / "terpotong.xlsx";
  testing::WriteFile(cut, bytes.substr(0, bytes.size() / 2));
  auto out = Import<DukcapilRow>(cut);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "File XLSX rusak atau terpotong (mungkin unggahan atau penyalinan tidak selesai), sehingga tidak dapat "
            "dibaca [bukan arsip ZIP yang utuh]. Buka file di Excel, simpan ulang sebagai XLSX, lalu unggah ulang.");
  EXPECT_TRUE(out.rows.empty());
}

TEST(BadInputTest, CorruptSheetDataIsCaughtBeforeAnyRow) {
  TempDir dir;
  const auto path = dir / "rusak.xlsx";
  WriteDukcapilWorkbook(path, false);
  std::string bytes = testing::ReadFile(path);
  // Flip bytes inside the compressed data of the first entry (after its local header), keeping the ZIP directory.
  const std::size_t at = bytes.find("xl/worksheets/sheet1.xml");
  ASSERT_NE(at, std::string::npos);
  for (std::size_t i = at + 40; i < at + 80; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  testing::WriteFile(path, bytes);
  auto out = Import<DukcapilRow>(path);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message().rfind("File XLSX rusak atau terpotong", 0), 0u);
  EXPECT_TRUE(out.rows.empty());
}

TEST(BadInputTest, OldXlsFormatIsRefusedWithAdvice) {
  TempDir dir;
  const auto path = dir / "lama.xls";
  testing::WriteFile(path, std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'));
  auto out = Import<DukcapilRow>(path);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_NE(out.summary.status().message().find("format Excel lama (.xls"), std::string::npos);
}

TEST(BadInputTest, EmptyFileIsAFileError) {
  TempDir dir;
  const auto path = dir / "kosong.csv";
  testing::WriteFile(path, "\n\n");
  auto out = Import<DukcapilRow>(path);
  ASSERT_FALSE(out.summary.ok());
  EXPECT_EQ(out.summary.status().message(),
            "File kosong: tidak ada baris judul maupun data. Isi template dukcapil lalu unggah lagi.");
}

}  // namespace
}  // namespace tepat::ingest
