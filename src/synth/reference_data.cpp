#include "synth/reference_data.hpp"

#include <string_view>
#include <unordered_map>

#include "synth/csv_table.hpp"

namespace tepat::synth {
namespace {

constexpr std::string_view kKabupatenPrefix = "Kabupaten ";
constexpr std::string_view kKotaPrefix = "Kota ";
constexpr std::string_view kAdministrasiPrefix = "Administrasi ";  // DKI Jakarta: "Kota Administrasi Jakarta Pusat"
constexpr std::string_view kHajjMale = "H.";
constexpr std::string_view kHajjMaleKiai = "KH.";
constexpr std::string_view kHajjFemale = "Hj.";
constexpr std::size_t kKecamatanCodeLength = 8;  // "35.10.01"
constexpr std::size_t kKabupatenCodeLength = 5;  // "35.10"

std::string UpperAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// "Kabupaten Banyuwangi" -> "BANYUWANGI", "Kota Surabaya" -> "SURABAYA",
// "Kota Administrasi Jakarta Selatan" -> "JAKARTA SELATAN".
std::string PlaceName(std::string_view official) {
  if (official.substr(0, kKabupatenPrefix.size()) == kKabupatenPrefix) official.remove_prefix(kKabupatenPrefix.size());
  if (official.substr(0, kKotaPrefix.size()) == kKotaPrefix) official.remove_prefix(kKotaPrefix.size());
  if (official.substr(0, kAdministrasiPrefix.size()) == kAdministrasiPrefix) {
    official.remove_prefix(kAdministrasiPrefix.size());
  }
  return UpperAscii(official);
}

std::uint32_t CompactDigits(std::string_view dotted) {
  std::uint32_t value = 0;
  for (char c : dotted) {
    if (c >= '0' && c <= '9') value = value * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return value;
}

NameGender ParseGender(std::string_view g) {
  if (g == "M") return NameGender::kMale;
  if (g == "F") return NameGender::kFemale;
  return NameGender::kUnisex;
}

domain::Result<CsvTable> Load(const std::string& path, const std::vector<std::string_view>& columns) {
  auto table = ReadCsvTable(path);
  if (!table.ok()) return table.status();
  if (auto st = RequireColumns(*table, columns); !st.ok()) return st;
  return table;
}

domain::Status BadRow(const CsvTable& table, std::size_t row, const std::string& what) {
  // +2: one for the header, one because rows are counted from 1.
  return domain::InvalidArgument(table.path + " line " + std::to_string(row + 2) + ": " + what +
                                 "; use the file shipped in data/");
}

domain::Status LoadRegions(const std::string& dir, ReferenceData& ref) {
  auto provinces = Load(dir + "/wilayah/provinces.csv", {"code", "name"});
  if (!provinces.ok()) return provinces.status();
  for (const auto& row : provinces->rows) {
    ref.provinces.push_back({row[provinces->Column("code")], row[provinces->Column("name")]});
  }

  auto population = Load(dir + "/population/penduduk_2024s2.csv", {"code", "level", "total"});
  if (!population.ok()) return population.status();
  std::unordered_map<std::string, std::uint64_t> residents;
  for (std::size_t i = 0; i < population->rows.size(); ++i) {
    const auto& row = population->rows[i];
    if (row[population->Column("level")] != "regency") continue;
    const std::string& total = row[population->Column("total")];
    if (total.empty() || total.find_first_not_of("0123456789") != std::string::npos) {
      return BadRow(*population, i, "total '" + total + "' is not a whole number");
    }
    residents[row[population->Column("code")]] = std::stoull(total);
  }

  auto regencies = Load(dir + "/wilayah/regencies.csv", {"code", "parent_code", "name"});
  if (!regencies.ok()) return regencies.status();
  std::unordered_map<std::string, std::uint32_t> kab_index;
  for (std::size_t i = 0; i < regencies->rows.size(); ++i) {
    const auto& row = regencies->rows[i];
    Kabupaten kab;
    kab.code = row[regencies->Column("code")];
    if (kab.code.size() != kKabupatenCodeLength) return BadRow(*regencies, i, "code '" + kab.code + "' is not PP.KK");
    kab.name = row[regencies->Column("name")];
    kab.place_name = PlaceName(kab.name);
    kab.province_code = row[regencies->Column("parent_code")];
    auto it = residents.find(kab.code);
    kab.population = it == residents.end() ? 0 : it->second;
    kab_index[kab.code] = static_cast<std::uint32_t>(ref.kabupaten.size());
    ref.kabupaten.push_back(std::move(kab));
  }

  auto districts = Load(dir + "/wilayah/districts.csv", {"code", "parent_code"});
  if (!districts.ok()) return districts.status();
  std::unordered_map<std::string, std::uint32_t> kec_index;
  for (std::size_t i = 0; i < districts->rows.size(); ++i) {
    const auto& row = districts->rows[i];
    Kecamatan kec;
    kec.code = row[districts->Column("code")];
    if (kec.code.size() != kKecamatanCodeLength) return BadRow(*districts, i, "code '" + kec.code + "' is not PP.KK.CC");
    auto parent = kab_index.find(row[districts->Column("parent_code")]);
    if (parent == kab_index.end()) return BadRow(*districts, i, "parent '" + row[districts->Column("parent_code")] + "' is unknown");
    kec.nik_prefix = CompactDigits(kec.code);
    kec.kabupaten = parent->second;
    const auto index = static_cast<std::uint32_t>(ref.kecamatan.size());
    kec_index[kec.code] = index;
    ref.kabupaten[parent->second].kecamatan.push_back(index);
    ref.kecamatan.push_back(std::move(kec));
  }

  auto villages = Load(dir + "/wilayah/villages.csv", {"code", "parent_code"});
  if (!villages.ok()) return villages.status();
  ref.villages.reserve(villages->rows.size());
  for (std::size_t i = 0; i < villages->rows.size(); ++i) {
    const auto& row = villages->rows[i];
    Village village;
    village.code = row[villages->Column("code")];
    auto parent = kec_index.find(row[villages->Column("parent_code")]);
    if (parent == kec_index.end()) return BadRow(*villages, i, "parent '" + row[villages->Column("parent_code")] + "' is unknown");
    village.kecamatan = parent->second;
    village.kelurahan = village.code.size() > kKecamatanCodeLength + 1 && village.code[kKecamatanCodeLength + 1] == '1';
    ref.kabupaten[ref.kecamatan[parent->second].kabupaten].villages.push_back(static_cast<std::uint32_t>(ref.villages.size()));
    ref.villages.push_back(std::move(village));
  }
  return domain::Status::Ok();
}

domain::Status LoadNameList(const std::string& path, const char* gender_column, std::vector<NameEntry>& out) {
  auto table = Load(path, {"name", gender_column});
  if (!table.ok()) return table.status();
  for (const auto& row : table->rows) {
    if (row[table->Column("name")].empty()) continue;
    out.push_back({row[table->Column("name")], ParseGender(row[table->Column(gender_column)])});
  }
  return domain::Status::Ok();
}

domain::Status LoadNames(const std::string& dir, ReferenceData& ref) {
  if (auto st = LoadNameList(dir + "/names/given_names.csv", "gender", ref.given_names); !st.ok()) return st;
  if (auto st = LoadNameList(dir + "/names/family_names.csv", "gender_assoc", ref.family_names); !st.ok()) return st;

  auto affixes = Load(dir + "/names/name_affixes.csv", {"kind", "gender", "value"});
  if (!affixes.ok()) return affixes.status();
  for (const auto& row : affixes->rows) {
    const std::string& kind = row[affixes->Column("kind")];
    const std::string& value = row[affixes->Column("value")];
    if (kind == "suffix") {
      ref.degree_suffixes.push_back(value);
    } else if (kind == "street_prefix") {
      ref.street_prefixes.push_back(value);
    } else if (kind == "prefix" && (value == kHajjMale || value == kHajjMaleKiai)) {
      ref.male_hajj_titles.push_back(value);
    } else if (kind == "prefix" && value == kHajjFemale) {
      ref.female_hajj_titles.push_back(value);
    }
  }

  auto streets = Load(dir + "/names/street_names.csv", {"name"});
  if (!streets.ok()) return streets.status();
  for (const auto& row : streets->rows) ref.streets.push_back(row[streets->Column("name")]);
  return domain::Status::Ok();
}

}  // namespace

int ReferenceData::FindKabupaten(const std::string& code) const {
  for (std::size_t i = 0; i < kabupaten.size(); ++i) {
    if (kabupaten[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

int ReferenceData::FindProvince(const std::string& code) const {
  for (std::size_t i = 0; i < provinces.size(); ++i) {
    if (provinces[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

domain::Result<ReferenceData> LoadReferenceData(const std::string& data_dir) {
  ReferenceData ref;
  if (auto st = LoadRegions(data_dir, ref); !st.ok()) return st;
  if (auto st = LoadNames(data_dir, ref); !st.ok()) return st;
  if (ref.given_names.empty() || ref.family_names.empty() || ref.streets.empty() || ref.street_prefixes.empty() ||
      ref.male_hajj_titles.empty() || ref.female_hajj_titles.empty() || ref.degree_suffixes.empty()) {
    return domain::InvalidArgument("a list in " + data_dir + "/names is empty; use the files shipped in data/names");
  }
  return ref;
}

}  // namespace tepat::synth
