#pragma once
// ScreeningRegistry: what screening a proposed list needs from the registry, in memory and compact: civil
// registration (people by NIK and KK, with life status), the newest DTKS round (by NIK and KK, with decile), aid
// already recorded (by NIK and KK, per program and period), and a fuzzy RegistryIndex over the people for NIKs that
// are malformed or unknown. Built once, then read by any number of screenings.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/status.hpp"
#include "match/match_model.hpp"
#include "match/match_settings.hpp"
#include "match/progress.hpp"
#include "match/record_table.hpp"
#include "match/registry_index.hpp"
#include "match/string_pool.hpp"

namespace tepat::match {

/// Column names of the people table: those of the Dukcapil import template, so config/match/registry.json
/// applies to it unchanged.
namespace screening_columns {
inline constexpr std::string_view kRecordId = "RECORD_ID";
inline constexpr std::string_view kNik = "NIK";
inline constexpr std::string_view kKk = "NO_KK";
inline constexpr std::string_view kName = "NAMA";
inline constexpr std::string_view kBirthPlace = "TEMPAT_LAHIR";
inline constexpr std::string_view kBirthDate = "TANGGAL_LAHIR";
inline constexpr std::string_view kSex = "JENIS_KELAMIN";
inline constexpr std::string_view kDesa = "KODE_DESA";
inline constexpr std::string_view kLifeStatus = "STATUS_HIDUP";
inline constexpr std::string_view kStatusDate = "TANGGAL_STATUS";
}  // namespace screening_columns

/// One civil-registration person as text (views only need to live for the AddPerson call). Dates ISO
/// ("1980-12-31"), sex "L"/"P", desa 10 digits (dots allowed), life status "HIDUP"/"MENINGGAL"/"PINDAH" ("" = alive).
struct ScreeningPersonRow {
  std::string_view record_id;
  std::string_view nik;
  std::string_view kk;
  std::string_view name;
  std::string_view birth_place;
  std::string_view birth_date;
  std::string_view sex;
  std::string_view desa;
  std::string_view life_status;
  std::string_view status_date;
};

/// Life status as screening reads it.
enum class ScreeningLife : uint8_t { kAlive, kDeceased, kMoved };

/// A DTKS entry as found for a NIK or KK (newest round only).
struct DtksHit {
  int decile = 0;
  bool active = false;
  std::string_view round;
};

/// One recorded receipt of aid.
struct AidHit {
  std::string_view program_code;
  std::string_view period;
  uint64_t nik = 0;  ///< 0 when the recipient row had no NIK
};

/// People a screening model is trained on by default (bounds training time for very large registries).
inline constexpr size_t kDefaultTrainingRows = 1'000'000;

/// The in-memory registry. Thread-safety: after Build, every const method may run concurrently; the fuzzy index
/// serialises its own calls (see RegistryIndex).
class ScreeningRegistry {
 public:
  /// Collects rows, then Build()s. Not thread-safe, except that one thread may AddPerson()/ReservePeople() while
  /// one other thread AddDtks()/AddAid() (they fill separate tables).
  class Builder {
   public:
    Builder();
    /// Adds a person. Rows whose NIK is not 16 digits are kept for fuzzy look-ups but not indexed by NIK.
    void AddPerson(const ScreeningPersonRow& row);
    /// Adds people as AddPerson() one by one would, faster for many (RecordTable::AddRows).
    void AddPeople(std::span<const ScreeningPersonRow> rows);
    /// Adds a DTKS entry: round, KK, NIK ("" for a household-level entry), decile, active or not.
    void AddDtks(std::string_view round, std::string_view kk, std::string_view nik, int decile, bool active);
    /// Adds a recipient entry (any stage). An empty NIK or KK is allowed (the KK is then taken from the person).
    void AddAid(std::string_view program_code, std::string_view period, std::string_view nik, std::string_view kk);
    void ReservePeople(size_t rows);
    size_t people() const;

    /// Finishes the people: look-ups by NIK and KK, life status, and the fuzzy index with `settings` (columns as
    /// in screening_columns) and `model` (nullopt: trained with TrainScreeningModel on the first `training_rows`
    /// people, on a second thread while this one prepares the index). The prior of the model is set to
    /// 1 / people: a candidate names one person of the registry. No AddPerson() may follow; another thread may
    /// still AddDtks()/AddAid() meanwhile (a loader reads those tables while the people are finished). Call it at
    /// most once. InvalidArgument when the settings are invalid or name a column the people table lacks.
    domain::Status FinishPeople(const MatchSettings& settings, std::optional<MatchModel> model,
                                size_t training_rows = kDefaultTrainingRows, const Progress& progress = {});

    /// Sorts the DTKS and aid look-ups and returns the registry, after FinishPeople() with these arguments unless
    /// it already ran (then they are not used). Errors as FinishPeople. An empty registry is fine (nothing is
    /// found).
    domain::Result<std::unique_ptr<ScreeningRegistry>> Build(const MatchSettings& settings,
                                                             std::optional<MatchModel> model,
                                                             size_t training_rows = kDefaultTrainingRows,
                                                             const Progress& progress = {}) &&;

   private:
    friend class ScreeningRegistry;
    struct DtksEntry {
      uint64_t key;      // NIK or KK digits as a number
      uint32_t round;    // id in rounds_
      uint8_t decile;
      bool active;
    };
    struct AidEntry {
      uint64_t nik;
      uint64_t kk;
      uint32_t program_period;  // id in programs_ of "CODE\x1fPERIOD"
    };
    std::unique_ptr<RecordTable> people_;
    std::unique_ptr<ScreeningRegistry> finished_;  // set by FinishPeople: the people part of the registry
    std::vector<DtksEntry> dtks_by_nik_;
    std::vector<DtksEntry> dtks_by_kk_;
    std::vector<AidEntry> aid_;
    StringPool rounds_;
    StringPool programs_;
    std::string program_period_scratch_;  // AddAid's key text, reused from row to row
  };

  /// Number of people.
  size_t people() const { return people_->rows(); }
  /// The people table (columns as in screening_columns).
  const RecordTable& table() const { return *people_; }
  /// Row of the person with this NIK (16 digits), or nullopt.
  std::optional<uint32_t> FindNik(uint64_t nik) const;
  /// KK of a person row as a number (0 when missing or malformed).
  uint64_t KkOf(uint32_t row) const;
  ScreeningLife LifeOf(uint32_t row) const { return life_[row]; }
  /// Newest-round DTKS entry of a NIK / a KK, or nullopt.
  std::optional<DtksHit> DtksOfNik(uint64_t nik) const;
  std::optional<DtksHit> DtksOfKk(uint64_t kk) const;
  /// The newest DTKS round ("" when there is no DTKS data).
  std::string_view newest_dtks_round() const { return newest_round_; }
  /// Aid recorded for a NIK / for any member of a KK.
  std::vector<AidHit> AidOfNik(uint64_t nik) const;
  std::vector<AidHit> AidOfKk(uint64_t kk) const;
  /// The fuzzy index (nullptr for an empty registry).
  RegistryIndex* fuzzy() const { return fuzzy_.get(); }
  /// Column indexes in table().
  size_t column(std::string_view name) const;

 private:
  ScreeningRegistry() = default;
  using DtksEntry = Builder::DtksEntry;
  using AidEntry = Builder::AidEntry;
  std::optional<DtksHit> FindDtks(const std::vector<DtksEntry>& entries, uint64_t key) const;
  AidHit ToHit(const AidEntry& entry) const;

  std::unique_ptr<RecordTable> people_;
  std::vector<std::pair<uint64_t, uint32_t>> by_nik_;  // sorted
  std::vector<uint64_t> kk_;                           // per row
  std::vector<ScreeningLife> life_;                    // per row
  std::vector<DtksEntry> dtks_by_nik_;                 // newest round only, sorted by key
  std::vector<DtksEntry> dtks_by_kk_;
  std::vector<AidEntry> aid_by_nik_;                   // sorted by nik
  std::vector<AidEntry> aid_by_kk_;                    // sorted by kk
  StringPool rounds_;
  StringPool programs_;
  std::vector<std::pair<std::string_view, std::string_view>> program_period_;  // per programs_ id
  std::string newest_round_;
  std::unique_ptr<RegistryIndex> fuzzy_;
};

/// Parses 16 digits (dots and spaces ignored) into a number; nullopt for anything else. Identity numbers are
/// kept as numbers in the look-ups (8 bytes instead of a string).
std::optional<uint64_t> IdentityNumberKey(std::string_view text);
/// The 16-digit text of a key (zero-padded).
std::string IdentityNumberText(uint64_t key);

/// Trains the fuzzy model on the first `max_rows` people of `people` (all when smaller): u from random pairs, m by
/// EM over the registry's own candidate pairs. Bounded cost for very large registries. Errors as Linker::Run.
domain::Result<MatchModel> TrainScreeningModel(const RecordTable& people, const MatchSettings& settings,
                                               size_t max_rows, const Progress& progress = {});

}  // namespace tepat::match
