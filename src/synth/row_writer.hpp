#pragma once
// Row composers for the generated files: each appends one CSV line in the column order of record_columns.hpp.
#include <cstdint>
#include <string>
#include <string_view>

#include "synth/program_catalog.hpp"
#include "synth/record_dirt.hpp"
#include "synth/reference_data.hpp"
#include "synth/synthetic_household.hpp"

namespace tepat::synth {

/// Record-id prefixes per file ("DK000000001", ...) and of person ids in truth.csv.
inline constexpr std::string_view kDukcapilIdPrefix = "DK";
inline constexpr std::string_view kDtksIdPrefix = "DT";
inline constexpr std::string_view kRecipientIdPrefix = "RC";
inline constexpr std::string_view kPersonIdPrefix = "P";
inline constexpr int kIdDigits = 9;

/// File names as written in truth.csv's `file` column and in --out.
inline constexpr std::string_view kDukcapilFile = "dukcapil.csv";
inline constexpr std::string_view kDtksFile = "dtks.csv";
inline constexpr std::string_view kProgramsFile = "programs.csv";
inline constexpr std::string_view kRecipientsFile = "recipients.csv";
inline constexpr std::string_view kTruthFile = "truth.csv";

/// Stage of a recipients.csv row (TAHAP): the decree list or what was paid.
enum class RecipientStage { kDecree, kRealised };

/// Appends a header line of `columns`.
template <typename Columns>
void AppendHeader(std::string& out, const Columns& columns) {
  bool first = true;
  for (std::string_view c : columns) {
    if (!first) out.push_back(',');
    out.append(c);
    first = false;
  }
  out.push_back('\n');
}

/// One dukcapil.csv line. `kk` may differ from hh.kk (doubled KKs). Names and addresses in upper case.
void AppendDukcapilRow(std::string& out, std::uint64_t record_id, const SyntheticHousehold& hh, std::string_view kk,
                       const SyntheticPerson& person, const RecordIdentity& id, const ReferenceData& ref);

/// One dtks.csv line; `dtks_id` is the household's ID_DTKS. The address carries RT/RW in its text.
void AppendDtksRow(std::string& out, std::uint64_t record_id, std::string_view dtks_id, const SyntheticHousehold& hh,
                   std::string_view kk, const SyntheticPerson& person, const RecordIdentity& id,
                   const ReferenceData& ref);

/// What one recipients.csv line says besides the person.
struct RecipientLine {
  const Program* program = nullptr;
  std::string_view period;
  RecipientStage stage = RecipientStage::kDecree;
  std::int64_t amount = 0;          ///< cash per period; ignored for goods programs
  std::string_view decree_number;   ///< NOMOR_SK
  domain::CivilDate received_on;    ///< TANGGAL_TERIMA, realised rows only
};

/// One recipients.csv line. Names in title case (as typed on decree lists).
void AppendRecipientRow(std::string& out, std::uint64_t record_id, const RecipientLine& line,
                        const SyntheticHousehold& hh, const RecordIdentity& id, const ReferenceData& ref);

/// One programs.csv line.
void AppendProgramRow(std::string& out, const Program& program);

/// One truth.csv line.
void AppendTruthRow(std::string& out, std::string_view record_prefix, std::uint64_t record_id, std::string_view file,
                    std::uint64_t line, std::uint64_t person_id, const DirtSet& dirt);

}  // namespace tepat::synth
