#include "ingest/csv_reader.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ingest/text_encoding.hpp"

namespace tepat::ingest {
namespace {

using domain::InvalidArgument;
using domain::Result;
using domain::Status;

constexpr std::array<char, 4> kDelimiters = {',', ';', '\t', '|'};
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr char kQuote = '"';
constexpr unsigned char kFirstHighByte = 0x80;
constexpr std::size_t kSniffBytes = 64 * 1024;  // the header line is looked for in this much of the file start

/// True when `bytes` holds a byte of 0x80 or above (not ASCII: UTF-8, or Windows-1252 to convert). Eight bytes at a
/// time.
bool HasHighByte(std::string_view bytes) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + sizeof(std::uint64_t) <= bytes.size(); i += sizeof(std::uint64_t)) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, sizeof word);
    if ((word & kHighBits) != 0) return true;
  }
  for (; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) >= kFirstHighByte) return true;
  }
  return false;
}

std::string DelimiterName(char c) {
  switch (c) {
    case ',': return "koma (,)";
    case ';': return "titik koma (;)";
    case '\t': return "tab";
    case '|': return "garis tegak (|)";
    default: return std::string("'") + c + "'";
  }
}

// The first line of `text` that holds something other than spaces (without its line break).
std::string_view FirstNonBlankLine(std::string_view text) {
  while (!text.empty()) {
    const std::size_t end = text.find_first_of("\r\n");
    std::string_view line = text.substr(0, end);
    if (line.find_first_not_of(" \t") != std::string_view::npos) return line;
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return {};
}

// True when `text` holds a line with something other than spaces, ended by a line break.
bool HasCompleteNonBlankLine(std::string_view text) {
  while (true) {
    const std::size_t end = text.find_first_of("\r\n");
    if (end == std::string_view::npos) return false;
    if (text.substr(0, end).find_first_not_of(" \t") != std::string_view::npos) return true;
    text.remove_prefix(end + 1);
  }
}

// Counts each candidate delimiter outside double quotes.
std::map<char, std::size_t> CountDelimiters(std::string_view line) {
  std::map<char, std::size_t> counts;
  bool quoted = false;
  for (char c : line) {
    if (c == kQuote) quoted = !quoted;
    if (!quoted) ++counts[c];
  }
  return counts;
}

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == ' ' ||
         c == '.' || c == '-' || c == '/' || c == kQuote || static_cast<unsigned char>(c) >= kFirstHighByte;
}

bool RowIsBlank(const RawRow& row) {
  for (const Cell& cell : row.cells) {
    if (cell.text.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::Open(const std::filesystem::path& path, const CsvReaderOptions& options) {
  auto file = FileChunks::Open(path, options.max_file_bytes, options.chunk_bytes);
  if (!file.ok()) return file.status();
  std::unique_ptr<CsvReader> reader(new CsvReader(std::move(file).value(), options));
  Status primed = reader->Prime();
  if (!primed.ok()) return primed;
  return reader;
}

Status CsvReader::Prime() {
  // Gather the start of the file until it holds a whole first non-blank line (or the sniff limit, or the end), so
  // the BOM and the delimiter are seen whatever the chunk size.
  while (!HasCompleteNonBlankLine(prefix_) && prefix_.size() < kSniffBytes) {
    auto chunk = file_->Read();
    if (!chunk.ok()) return chunk.status();
    if (chunk->empty()) break;
    prefix_.append(*chunk);
  }
  chunk_ = prefix_;
  pos_ = 0;
  chunk_start_offset_ = 0;
  if (chunk_.starts_with(kUtf16LeBom) || chunk_.starts_with(kUtf16BeBom)) {
    return InvalidArgument(
        "File disimpan sebagai UTF-16 (\"Unicode Text\"). Simpan ulang dari Excel sebagai \"CSV UTF-8 (Comma "
        "delimited)\" atau sebagai XLSX.");
  }
  if (chunk_.starts_with(kUtf8Bom)) pos_ = kUtf8Bom.size();
  const std::string_view header = FirstNonBlankLine(chunk_.substr(pos_));
  if (header.empty()) return Status::Ok();  // an empty file: Next returns false, the caller reports it
  const auto counts = CountDelimiters(header);
  std::size_t best = 0;
  for (char d : kDelimiters) {
    auto it = counts.find(d);
    if (it != counts.end() && it->second > best) {
      best = it->second;
      delimiter_ = d;
    }
  }
  if (best > 0) return Status::Ok();
  char found = 0;
  std::size_t found_count = 0;
  for (const auto& [c, n] : counts) {
    if (!IsNameChar(c) && n > found_count) {
      found = c;
      found_count = n;
    }
  }
  const std::string supported = "koma (,), titik koma (;), tab, atau garis tegak (|)";
  if (found != 0) {
    return InvalidArgument("Pemisah kolom tidak dikenal: baris judul memakai " + DelimiterName(found) +
                           ". Pemisah yang didukung: " + supported +
                           ". Simpan ulang file sebagai CSV dari Excel atau pakai template Tepat.");
  }
  return InvalidArgument("Baris judul hanya berisi satu kolom; tidak ditemukan pemisah kolom. Pemisah yang didukung: " +
                         supported + ". Pakai template Tepat.");
}

Result<bool> CsvReader::Refill() {
  if (eof_) return false;
  chunk_start_offset_ = file_->offset();
  auto chunk = file_->Read();
  if (!chunk.ok()) return chunk.status();
  chunk_ = *chunk;
  pos_ = 0;
  if (chunk_.empty()) eof_ = true;
  return !eof_;
}

ReadProgress CsvReader::Progress() const { return {chunk_start_offset_ + pos_, file_->size()}; }

std::string CsvReader::FormatDescription() const {
  return "CSV, pemisah " + DelimiterName(delimiter_) + (transcoded_ ? ", Windows-1252" : ", UTF-8");
}

void CsvReader::FinishCell(RawRow* row, std::size_t* cell_count) {
  if (row->cells.size() <= *cell_count) row->cells.emplace_back();
  Cell& cell = row->cells[*cell_count];
  cell.kind = CellKind::kText;
  const std::string_view bytes = cell_is_in_chunk_ ? cell_in_chunk_ : std::string_view(cell_);
  if (cell_has_high_bytes_ && !IsValidUtf8(bytes)) {
    cell.text = Windows1252ToUtf8(bytes);
    if (!transcoded_) {
      transcoded_ = true;
      const std::string row_text = std::to_string(record_row_);
      notices_.push_back({0,
                          "File bukan UTF-8; teks dibaca sebagai Windows-1252 (bawaan Excel di Windows) dan diubah ke "
                          "UTF-8, pertama kali di baris " + row_text +
                              ". Periksa huruf beraksen pada hasil impor; sebaiknya simpan sebagai CSV UTF-8.",
                          "The file is not UTF-8; text was read as Windows-1252 (Excel's default on Windows) and "
                          "converted to UTF-8, first at row " + row_text + "."});
    }
  } else {
    cell.text.assign(bytes);
  }
  cell_.clear();
  cell_is_in_chunk_ = false;
  cell_has_high_bytes_ = false;
  ++*cell_count;
}

Result<bool> CsvReader::Next(RawRow* row) {
  while (true) {
    auto got = ReadRecord(row);
    if (!got.ok() || !*got) return got;
    if (!RowIsBlank(*row)) return true;
  }
}

Status CsvReader::AppendToCell(std::string_view bytes, std::size_t cell_index) {
  cell_has_high_bytes_ = cell_has_high_bytes_ || HasHighByte(bytes);
  cell_.append(bytes);
  if (cell_.size() <= options_.max_cell_bytes) return Status::Ok();
  return InvalidArgument("Sel di baris " + std::to_string(record_row_) + " kolom ke-" + std::to_string(cell_index + 1) +
                         " lebih panjang dari " + std::to_string(options_.max_cell_bytes) +
                         " byte; kemungkinan ada tanda kutip (\") yang tidak ditutup. Periksa baris itu.");
}

std::size_t CsvReader::PlainRunEnd() const {
  const char* begin = chunk_.data() + pos_;
  const char* end = chunk_.data() + chunk_.size();
  const char* p = begin;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a mask of the bytes that are the delimiter or a line break.
  const __m128i delimiter = _mm_set1_epi8(delimiter_);
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i carriage_return = _mm_set1_epi8('\r');
  for (; end - p >= 16; p += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter),
                                       _mm_or_si128(_mm_cmpeq_epi8(bytes, newline), _mm_cmpeq_epi8(bytes, carriage_return)));
    const int mask = _mm_movemask_epi8(stops);
    if (mask != 0) return pos_ + static_cast<std::size_t>(p - begin) + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  while (p < end && *p != delimiter_ && *p != '\n' && *p != '\r') ++p;
  return pos_ + static_cast<std::size_t>(p - begin);
}

Result<bool> CsvReader::ReadRecord(RawRow* row) {
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };
  State state = State::kFieldStart;
  std::size_t cell_count = 0;
  bool started = false;
  record_row_ = next_row_;
  cell_.clear();
  cell_is_in_chunk_ = false;
  cell_has_high_bytes_ = false;
  auto finish_record = [&]() -> Result<bool> {
    FinishCell(row, &cell_count);
    row->cells.resize(cell_count);
    row->number = record_row_;
    ++next_row_;
    return true;
  };
  while (true) {
    if (pos_ >= chunk_.size()) {
      auto more = Refill();
      if (!more.ok()) return more.status();
      if (!*more) {
        if (state == State::kQuoted) {
          return InvalidArgument("Tanda kutip (\") di baris " + std::to_string(record_row_) + " kolom ke-" +
                                 std::to_string(cell_count + 1) +
                                 " tidak pernah ditutup sampai akhir file. Tutup tanda kutip itu atau hapus.");
        }
        if (!started) return false;
        return finish_record();
      }
    }
    if (skip_lf_) {
      skip_lf_ = false;
      if (chunk_[pos_] == '\n') {
        ++pos_;
        continue;
      }
    }
    started = true;
    if (state == State::kQuoted) {  // copy everything up to the next quote at once
      const std::size_t quote = chunk_.find(kQuote, pos_);
      const std::size_t end = quote == std::string_view::npos ? chunk_.size() : quote;
      Status s = AppendToCell(chunk_.substr(pos_, end - pos_), cell_count);
      if (!s.ok()) return s;
      pos_ = end;
      if (quote != std::string_view::npos) {
        ++pos_;
        state = State::kQuoteInQuoted;
      }
      continue;
    }
    const char c = chunk_[pos_];
    if (state == State::kQuoteInQuoted) {
      if (c == kQuote) {  // "" inside quotes is one quote
        ++pos_;
        cell_.push_back(kQuote);
        state = State::kQuoted;
        continue;
      }
      state = State::kUnquoted;  // closing quote; anything up to the delimiter is kept as text
    } else if (state == State::kFieldStart && c == kQuote) {
      ++pos_;
      state = State::kQuoted;
      continue;
    }
    if (c == delimiter_) {
      ++pos_;
      FinishCell(row, &cell_count);
      state = State::kFieldStart;
    } else if (c == '\n' || c == '\r') {
      ++pos_;
      skip_lf_ = c == '\r';
      return finish_record();
    } else {  // plain text (a quote here is text too): copy the run up to the next delimiter or line break
      const bool cell_start = state == State::kFieldStart;
      state = State::kUnquoted;
      const std::size_t end = PlainRunEnd();
      const std::string_view run = chunk_.substr(pos_, end - pos_);
      if (cell_start && end < chunk_.size() && run.size() <= options_.max_cell_bytes) {
        // The whole cell: it ends at the delimiter or line break that follows, in this chunk.
        cell_in_chunk_ = run;
        cell_is_in_chunk_ = true;
        cell_has_high_bytes_ = HasHighByte(run);
      } else {
        Status s = AppendToCell(run, cell_count);
        if (!s.ok()) return s;
      }
      pos_ = end;
    }
  }
}

}  // namespace tepat::ingest
