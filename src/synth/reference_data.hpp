#pragma once
// ReferenceData: the real-world lists the generator draws from (regions, population, names, streets),
// loaded from the repo's data/ folder (see data/*/LICENSE* for their sources).
#include <cstdint>
#include <string>
#include <vector>

#include "domain/status.hpp"

namespace tepat::synth {

/// Which sex a name list entry fits.
enum class NameGender { kMale, kFemale, kUnisex };

/// One name from data/names/given_names.csv or family_names.csv.
struct NameEntry {
  std::string name;
  NameGender gender = NameGender::kUnisex;
};

/// One desa/kelurahan.
struct Village {
  std::string code;             ///< dotted, e.g. "35.10.01.2001"
  std::uint32_t kecamatan = 0;  ///< index into ReferenceData::kecamatan
  bool kelurahan = false;       ///< urban ward (4th segment starts with 1) rather than a rural desa
};

/// One kecamatan.
struct Kecamatan {
  std::string code;             ///< dotted, e.g. "35.10.01"
  std::uint32_t nik_prefix = 0; ///< the 6 compact digits as a number, e.g. 351001
  std::uint32_t kabupaten = 0;  ///< index into ReferenceData::kabupaten
};

/// One kabupaten/kota with its residents from data/population/penduduk_2024s2.csv.
struct Kabupaten {
  std::string code;           ///< dotted, e.g. "35.10"
  std::string name;           ///< official, e.g. "Kabupaten Banyuwangi"
  std::string place_name;     ///< name as written in TEMPAT_LAHIR, e.g. "BANYUWANGI"
  std::string province_code;  ///< dotted, e.g. "35"
  std::uint64_t population = 0;
  std::vector<std::uint32_t> kecamatan;  ///< indexes into ReferenceData::kecamatan
  std::vector<std::uint32_t> villages;   ///< indexes into ReferenceData::villages
};

/// One province.
struct Province {
  std::string code;  ///< dotted, e.g. "35"
  std::string name;
};

/// Everything loaded from data/. Immutable after LoadReferenceData; thread-compatible.
struct ReferenceData {
  std::vector<Province> provinces;
  std::vector<Kabupaten> kabupaten;
  std::vector<Kecamatan> kecamatan;
  std::vector<Village> villages;
  std::vector<NameEntry> given_names;
  std::vector<NameEntry> family_names;
  std::vector<std::string> male_hajj_titles;    ///< prefixes such as "H."
  std::vector<std::string> female_hajj_titles;  ///< prefixes such as "Hj."
  std::vector<std::string> degree_suffixes;     ///< "S.Pd", "S.E.", ...
  std::vector<std::string> street_prefixes;     ///< "Jl.", "Gg.", ...
  std::vector<std::string> streets;             ///< "Ahmad Yani", ...

  /// Index of the kabupaten/kota with dotted `code`, or -1.
  int FindKabupaten(const std::string& code) const;
  /// Index of the province with dotted `code`, or -1.
  int FindProvince(const std::string& code) const;
};

/// Reads data_dir/wilayah/*.csv, data_dir/population/penduduk_2024s2.csv and data_dir/names/*.csv.
/// Errors: kNotFound when a file is missing, kInvalidArgument when a file lacks a column or has a bad row
/// (the message names the file and line).
domain::Result<ReferenceData> LoadReferenceData(const std::string& data_dir);

}  // namespace tepat::synth
