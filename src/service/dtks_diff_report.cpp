#include "service/dtks_diff_report.hpp"

#include <optional>
#include <vector>

#include "ingest/output_file.hpp"

namespace tepat::service {
namespace {

constexpr char kDelimiter = ';';

std::string OptionalInt(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }
std::string OptionalStatus(const std::optional<domain::DtksStatus>& value) {
  return value ? domain::DtksStatusCode(*value) : "";
}

class DiffCsv {
 public:
  DiffCsv(const std::string& earlier, const std::string& later) : earlier_(earlier), later_(later) {
    Record({"PERUBAHAN", "NO_KK", "NIK", "DESIL_LAMA", "DESIL_BARU", "STATUS_LAMA", "STATUS_BARU", "PERIODE_LAMA",
            "PERIODE_BARU"});
  }
  void Household(std::string_view change, const std::string& kk) { Record({change, kk, "", "", "", "", "", earlier_, later_}); }
  void Entry(std::string_view change, const store::DtksDifference& d) {
    const std::string old_decile = OptionalInt(d.old_decile), new_decile = OptionalInt(d.new_decile);
    const std::string old_status = OptionalStatus(d.old_status), new_status = OptionalStatus(d.new_status);
    Record({change, d.kk, d.nik.value_or(""), old_decile, new_decile, old_status, new_status, earlier_, later_});
  }
  const std::string& text() const { return text_; }

 private:
  void Record(const std::vector<std::string_view>& fields) { ingest::AppendCsvRecord(fields, kDelimiter, &text_); }
  std::string earlier_;
  std::string later_;
  std::string text_;
};

}  // namespace

domain::Status WriteDtksDiffCsv(const std::filesystem::path& path, const std::string& earlier,
                                const std::string& later, const store::DtksRoundDiff& diff) {
  DiffCsv csv(earlier, later);
  for (const std::string& kk : diff.added_households) csv.Household("RUTA_BARU", kk);
  for (const std::string& kk : diff.removed_households) csv.Household("RUTA_KELUAR", kk);
  for (const auto& d : diff.added) csv.Entry("ENTRI_BARU", d);
  for (const auto& d : diff.removed) csv.Entry("ENTRI_KELUAR", d);
  for (const auto& d : diff.changed) csv.Entry("BERUBAH", d);
  auto file = ingest::OutputFile::Create(path);
  if (!file.ok()) return file.status();
  if (auto written = (*file)->Write(csv.text()); !written.ok()) return written;
  return (*file)->Commit();
}

std::string DtksDiffSummary(const store::DtksRoundDiff& diff) {
  return std::to_string(diff.added_households.size()) + " ruta baru, " +
         std::to_string(diff.removed_households.size()) + " ruta keluar, " + std::to_string(diff.added.size()) +
         " entri baru, " + std::to_string(diff.removed.size()) + " entri keluar, " +
         std::to_string(diff.changed.size()) + " berubah";
}

}  // namespace tepat::service
