#include "ingest/column_map.hpp"

namespace tepat::ingest {
namespace {

// Template column matching `normalised`, or -1.
int FindColumn(const ImportTemplate& tmpl, const std::string& normalised) {
  for (std::size_t i = 0; i < tmpl.columns.size(); ++i) {
    const ColumnSpec& c = tmpl.columns[i];
    if (c.name == normalised) return static_cast<int>(i);
    for (std::string_view alias : c.aliases) {
      if (alias == normalised) return static_cast<int>(i);
    }
  }
  return -1;
}

struct Coverage {
  std::size_t matched = 0;
  std::vector<std::string_view> missing_required;
};

Coverage Measure(const ImportTemplate& tmpl, const std::vector<std::string>& headers) {
  std::vector<bool> seen(tmpl.columns.size(), false);
  for (const std::string& h : headers) {
    const int i = FindColumn(tmpl, h);
    if (i >= 0) seen[static_cast<std::size_t>(i)] = true;
  }
  Coverage c;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (seen[i]) ++c.matched;
    else if (tmpl.columns[i].required) c.missing_required.push_back(tmpl.columns[i].name);
  }
  return c;
}

// True when a header the file has is a required column of `other` that `own` does not know (e.g. DESIL in a DTKS
// file given as dukcapil): the file was made for `other`.
bool HasRequiredColumnOf(const ImportTemplate& other, const ImportTemplate& own,
                         const std::vector<std::string>& headers) {
  for (const std::string& h : headers) {
    const int i = FindColumn(other, h);
    if (i >= 0 && other.columns[static_cast<std::size_t>(i)].required && FindColumn(own, h) < 0) return true;
  }
  return false;
}

template <typename Range>
std::string JoinNames(const Range& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

}  // namespace

domain::Result<ColumnMap> MatchColumns(const ImportTemplate& tmpl, const RawRow& header,
                                       std::vector<ImportNotice>* notices) {
  std::vector<std::string> headers;
  std::vector<std::string> shown;
  for (const Cell& cell : header.cells) {
    headers.push_back(NormalizeHeader(cell.text));
    shown.push_back(cell.text);
  }
  const std::string row = std::to_string(header.number);
  const Coverage own = Measure(tmpl, headers);
  for (TemplateKind other : AllTemplateKinds()) {
    if (other == tmpl.kind) continue;
    const ImportTemplate& other_tmpl = GetTemplate(other);
    const Coverage c = Measure(other_tmpl, headers);
    const bool fits_other = c.missing_required.empty() && c.matched > own.matched;
    if (fits_other && (!own.missing_required.empty() || HasRequiredColumnOf(other_tmpl, tmpl, headers))) {
      return domain::InvalidArgument(
          std::string("Template salah: file ini tampaknya template ") + TemplateKindTitle(other) + " (" +
          TemplateKindName(other) + "), bukan " + TemplateKindTitle(tmpl.kind) + " (" +
          TemplateKindName(tmpl.kind) + "). Pilih jenis impor " + TemplateKindName(other) +
          " atau unduh template " + TemplateKindName(tmpl.kind) + ".");
    }
  }
  if (!own.missing_required.empty()) {
    return domain::InvalidArgument("Kolom wajib tidak ditemukan di baris judul (baris " + row +
                                   "): " + JoinNames(own.missing_required) + ". Kolom yang ada: " + JoinNames(shown) +
                                   ". Tambahkan kolom itu atau unduh template " + TemplateKindName(tmpl.kind) + ".");
  }
  ColumnMap map;
  map.header_row = header.number;
  map.file_index.assign(tmpl.columns.size(), -1);
  std::vector<std::string> extra;
  for (std::size_t f = 0; f < headers.size(); ++f) {
    if (headers[f].empty()) continue;
    const int t = FindColumn(tmpl, headers[f]);
    if (t < 0) {
      extra.push_back(shown[f]);
      continue;
    }
    int& slot = map.file_index[static_cast<std::size_t>(t)];
    if (slot >= 0) {
      return domain::InvalidArgument("Kolom " + std::string(tmpl.columns[static_cast<std::size_t>(t)].name) +
                                     " muncul dua kali di baris judul (kolom ke-" + std::to_string(slot + 1) +
                                     " dan ke-" + std::to_string(f + 1) + "). Hapus salah satunya.");
    }
    slot = static_cast<int>(f);
  }
  if (!extra.empty()) {
    notices->push_back({0, "Kolom tambahan diabaikan: " + JoinNames(extra) + ".",
                        "Extra columns ignored: " + JoinNames(extra) + "."});
  }
  return map;
}

}  // namespace tepat::ingest
