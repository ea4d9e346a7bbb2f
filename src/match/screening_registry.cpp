#include "match/screening_registry.hpp"

#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>

#include <algorithm>
#include <array>
#include <future>
#include <iterator>

#include "fmt/format.h"
#include "match/linker.hpp"

namespace tepat::match {
namespace {

constexpr size_t kIdentityDigits = 16;
constexpr char kProgramPeriodSeparator = '\x1f';

const std::vector<std::string>& PeopleColumns() {
  static const std::vector<std::string> kColumns = {
      std::string(screening_columns::kRecordId),  std::string(screening_columns::kNik),
      std::string(screening_columns::kKk),        std::string(screening_columns::kName),
      std::string(screening_columns::kBirthPlace), std::string(screening_columns::kBirthDate),
      std::string(screening_columns::kSex),       std::string(screening_columns::kDesa),
      std::string(screening_columns::kLifeStatus), std::string(screening_columns::kStatusDate)};
  return kColumns;
}

// Column order of PeopleColumns().
enum PeopleColumn : size_t { kColRecordId = 0, kColNik = 1, kColKk = 2, kColLife = 8, kPeopleColumnCount = 10 };

// The cells of `row` in the order of PeopleColumns().
std::array<std::string_view, kPeopleColumnCount> CellsOf(const ScreeningPersonRow& row) {
  return {row.record_id,  row.nik, row.kk,   row.name,        row.birth_place,
          row.birth_date, row.sex, row.desa, row.life_status, row.status_date};
}

ScreeningLife ParseLife(std::string_view text) {
  if (text.starts_with("MENINGGAL") || text == "MATI" || text == "WAFAT") return ScreeningLife::kDeceased;
  if (text.starts_with("PINDAH")) return ScreeningLife::kMoved;
  return ScreeningLife::kAlive;
}

template <typename Entry>
auto KeyLess() {
  return [](const Entry& a, const Entry& b) { return a.key < b.key; };
}

}  // namespace

std::optional<uint64_t> IdentityNumberKey(std::string_view text) {
  uint64_t key = 0;
  size_t digits = 0;
  for (const char c : text) {
    if (c == '.' || c == ' ' || c == '\'') continue;
    if (c < '0' || c > '9') return std::nullopt;
    key = key * 10 + static_cast<uint64_t>(c - '0');
    ++digits;
  }
  if (digits != kIdentityDigits) return std::nullopt;
  return key;
}

std::string IdentityNumberText(uint64_t key) { return fmt::format("{:016d}", key); }

// Record ids and NIKs are (nearly) unique per person: stored without a look-up (a NIK entered twice just gets two ids).
ScreeningRegistry::Builder::Builder()
    : people_(std::make_unique<RecordTable>(PeopleColumns(), std::vector<size_t>{kColRecordId, kColNik})) {}

void ScreeningRegistry::Builder::ReservePeople(size_t rows) { people_->Reserve(rows); }

size_t ScreeningRegistry::Builder::people() const { return people_->rows(); }

void ScreeningRegistry::Builder::AddPerson(const ScreeningPersonRow& row) { (void)people_->AddRow(CellsOf(row)); }

void ScreeningRegistry::Builder::AddPeople(std::span<const ScreeningPersonRow> rows) {
  std::vector<std::string_view> cells;
  cells.reserve(rows.size() * kPeopleColumnCount);
  for (const ScreeningPersonRow& row : rows) {
    const auto person = CellsOf(row);
    cells.insert(cells.end(), person.begin(), person.end());
  }
  (void)people_->AddRows(cells);
}

void ScreeningRegistry::Builder::AddDtks(std::string_view round, std::string_view kk, std::string_view nik, int decile,
                                         bool active) {
  const uint32_t round_id = rounds_.Intern(round);
  const auto decile_byte = static_cast<uint8_t>(decile);
  if (const auto key = IdentityNumberKey(nik)) dtks_by_nik_.push_back({*key, round_id, decile_byte, active});
  if (const auto key = IdentityNumberKey(kk)) dtks_by_kk_.push_back({*key, round_id, decile_byte, active});
}

void ScreeningRegistry::Builder::AddAid(std::string_view program_code, std::string_view period, std::string_view nik,
                                        std::string_view kk) {
  std::string& program_period = program_period_scratch_;
  program_period.assign(program_code).push_back(kProgramPeriodSeparator);
  program_period.append(period);
  aid_.push_back({IdentityNumberKey(nik).value_or(0), IdentityNumberKey(kk).value_or(0),
                  programs_.Intern(program_period)});
}

domain::Status ScreeningRegistry::Builder::FinishPeople(const MatchSettings& settings, std::optional<MatchModel> model,
                                                       size_t training_rows, const Progress& progress) {
  if (!people_) return domain::FailedPrecondition("the people of this registry were already finished");
  std::unique_ptr<ScreeningRegistry> registry(new ScreeningRegistry());
  registry->people_ = std::move(people_);
  const RecordTable& people = *registry->people_;
  const size_t rows = people.rows();
  registry->kk_.resize(rows);
  registry->life_.resize(rows);
  // Rows without a valid NIK get a key above every NIK: sorted last, then cut off.
  constexpr uint64_t kNoNik = UINT64_MAX;
  auto& by_nik = registry->by_nik_;
  by_nik.resize(rows);
  tbb::parallel_for(tbb::blocked_range<size_t>(0, rows), [&](const tbb::blocked_range<size_t>& range) {
    for (size_t row = range.begin(); row < range.end(); ++row) {
      registry->kk_[row] = IdentityNumberKey(people.Value(row, kColKk)).value_or(0);
      registry->life_[row] = ParseLife(people.Value(row, kColLife));
      by_nik[row] = {IdentityNumberKey(people.Value(row, kColNik)).value_or(kNoNik), static_cast<uint32_t>(row)};
    }
  });
  tbb::parallel_sort(by_nik.begin(), by_nik.end());
  by_nik.erase(std::lower_bound(by_nik.begin(), by_nik.end(), std::make_pair(kNoNik, uint32_t{0})), by_nik.end());
  if (rows > 0) {
    // Training reads only the first training_rows people and the index never needs the model before it is
    // prepared: the two run side by side.
    auto trained = std::async(std::launch::async, [&]() -> domain::Result<MatchModel> {
      if (!model) {
        auto fresh = TrainScreeningModel(people, settings, training_rows, progress);
        if (!fresh.ok()) return fresh.status();
        model = std::move(fresh).value();
      }
      model->lambda = 1.0 / static_cast<double>(rows);
      return std::move(*model);
    });
    auto index = RegistryIndex::Build(people, settings, std::move(trained));
    if (!index.ok()) return index.status();
    registry->fuzzy_ = std::move(index).value();
  }
  finished_ = std::move(registry);
  return domain::Status::Ok();
}

domain::Result<std::unique_ptr<ScreeningRegistry>> ScreeningRegistry::Builder::Build(const MatchSettings& settings,
                                                                                      std::optional<MatchModel> model,
                                                                                      size_t training_rows,
                                                                                      const Progress& progress) && {
  if (!finished_) {
    if (auto status = FinishPeople(settings, std::move(model), training_rows, progress); !status.ok()) return status;
  }
  std::unique_ptr<ScreeningRegistry> registry = std::move(finished_);

  // DTKS: only the newest round counts (each round replaces the last).
  uint32_t newest = StringPool::kEmptyId;
  for (uint32_t id = 1; id < rounds_.size(); ++id) {
    if (newest == StringPool::kEmptyId || rounds_.Get(id) > rounds_.Get(newest)) newest = id;
  }
  registry->newest_round_ = std::string(rounds_.Get(newest));
  for (auto* entries : {&dtks_by_nik_, &dtks_by_kk_}) {
    std::erase_if(*entries, [newest](const DtksEntry& entry) { return entry.round != newest; });
    tbb::parallel_sort(entries->begin(), entries->end(), KeyLess<DtksEntry>());
  }
  registry->dtks_by_nik_ = std::move(dtks_by_nik_);
  registry->dtks_by_kk_ = std::move(dtks_by_kk_);
  registry->rounds_ = std::move(rounds_);

  // Aid: a recipient row without KK takes the KK of its person.
  for (AidEntry& entry : aid_) {
    if (entry.kk != 0 || entry.nik == 0) continue;
    if (const auto row = registry->FindNik(entry.nik)) entry.kk = registry->kk_[*row];
  }
  const auto has_kk = [](const AidEntry& entry) { return entry.kk != 0; };
  registry->aid_by_kk_.reserve(static_cast<size_t>(std::count_if(aid_.begin(), aid_.end(), has_kk)));
  std::copy_if(aid_.begin(), aid_.end(), std::back_inserter(registry->aid_by_kk_), has_kk);
  std::erase_if(aid_, [](const AidEntry& entry) { return entry.nik == 0; });
  tbb::parallel_sort(aid_.begin(), aid_.end(), [](const AidEntry& a, const AidEntry& b) { return a.nik < b.nik; });
  tbb::parallel_sort(registry->aid_by_kk_.begin(), registry->aid_by_kk_.end(),
                     [](const AidEntry& a, const AidEntry& b) { return a.kk < b.kk; });
  registry->aid_by_nik_ = std::move(aid_);
  registry->programs_ = std::move(programs_);
  registry->program_period_.resize(registry->programs_.size());
  for (uint32_t id = 1; id < registry->programs_.size(); ++id) {
    const std::string_view text = registry->programs_.Get(id);
    const size_t cut = text.find(kProgramPeriodSeparator);
    registry->program_period_[id] = {text.substr(0, cut), text.substr(cut + 1)};
  }
  return registry;
}

std::optional<uint32_t> ScreeningRegistry::FindNik(uint64_t nik) const {
  const auto it = std::lower_bound(by_nik_.begin(), by_nik_.end(), std::make_pair(nik, uint32_t{0}));
  if (it == by_nik_.end() || it->first != nik) return std::nullopt;
  return it->second;
}

uint64_t ScreeningRegistry::KkOf(uint32_t row) const { return kk_[row]; }

std::optional<DtksHit> ScreeningRegistry::FindDtks(const std::vector<DtksEntry>& entries, uint64_t key) const {
  const DtksEntry probe{key, 0, 0, false};
  const auto [first, last] = std::equal_range(entries.begin(), entries.end(), probe, KeyLess<DtksEntry>());
  if (first == last) return std::nullopt;
  // Several entries of one key in a round (a household row and member rows): an active one wins, then the lowest
  // decile.
  const auto best = std::min_element(first, last, [](const DtksEntry& a, const DtksEntry& b) {
    return a.active != b.active ? a.active : a.decile < b.decile;
  });
  return DtksHit{best->decile, best->active, rounds_.Get(best->round)};
}

std::optional<DtksHit> ScreeningRegistry::DtksOfNik(uint64_t nik) const { return FindDtks(dtks_by_nik_, nik); }
std::optional<DtksHit> ScreeningRegistry::DtksOfKk(uint64_t kk) const { return FindDtks(dtks_by_kk_, kk); }

AidHit ScreeningRegistry::ToHit(const AidEntry& entry) const {
  const auto& [program, period] = program_period_[entry.program_period];
  return {program, period, entry.nik};
}

std::vector<AidHit> ScreeningRegistry::AidOfNik(uint64_t nik) const {
  const auto [first, last] = std::equal_range(aid_by_nik_.begin(), aid_by_nik_.end(), AidEntry{nik, 0, 0},
                                               [](const AidEntry& a, const AidEntry& b) { return a.nik < b.nik; });
  std::vector<AidHit> hits;
  for (auto it = first; it != last; ++it) hits.push_back(ToHit(*it));
  return hits;
}

std::vector<AidHit> ScreeningRegistry::AidOfKk(uint64_t kk) const {
  const auto [first, last] = std::equal_range(aid_by_kk_.begin(), aid_by_kk_.end(), AidEntry{0, kk, 0},
                                               [](const AidEntry& a, const AidEntry& b) { return a.kk < b.kk; });
  std::vector<AidHit> hits;
  for (auto it = first; it != last; ++it) hits.push_back(ToHit(*it));
  return hits;
}

size_t ScreeningRegistry::column(std::string_view name) const { return *people_->ColumnIndex(name); }

domain::Result<MatchModel> TrainScreeningModel(const RecordTable& people, const MatchSettings& settings,
                                               size_t max_rows, const Progress& progress) {
  if (people.rows() <= max_rows) return TrainRegistryModel(people, settings, progress);
  const RecordTable sample = people.Head(max_rows);
  return TrainRegistryModel(sample, settings, progress);
}

}  // namespace tepat::match
