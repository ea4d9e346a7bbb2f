#include "synth/population_generator.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "synth/csv_output.hpp"
#include "synth/household_factory.hpp"
#include "synth/name_pool.hpp"
#include "synth/program_catalog.hpp"
#include "synth/record_columns.hpp"
#include "synth/record_dirt.hpp"
#include "synth/reference_data.hpp"
#include "synth/region_plan.hpp"
#include "synth/row_writer.hpp"

namespace tepat::synth {
namespace {

// Independent random streams of one run (forked from the seed), so that e.g. the village weights do not shift
// when the household stream changes.
constexpr std::uint64_t kPlanStream = 1;
constexpr std::uint64_t kHouseholdStream = 2;
constexpr std::uint64_t kRecipientDirtStream = 3;
constexpr int kProgramBits = 8;                  // recipient dirt stream per (person, program)
constexpr double kDeliveredShare = 0.9;          // share of decree rows that were paid (REALISASI row)
constexpr int kLatestPayDay = 28;
constexpr std::uint64_t kProgressSteps = 200;    // progress callbacks per run
constexpr std::string_view kDtksHouseholdIdPrefix = "DTKS-";
constexpr int kDtksIdDigits = 9;
// NOMOR_SK of a program period: "460/<program * 100 + period>/KEP/<region>/<year>" (460 is the archive code of
// social affairs in regional decrees).
constexpr std::string_view kDecreePrefix = "460/";
constexpr std::string_view kDecreeInfix = "/KEP/";
constexpr std::size_t kDecreesPerProgram = 100;
constexpr std::size_t kYearDigits = 4;

// A row held back to the end of its file: duplicates and doubled KKs are "entered later".
struct HeldRow {
  SyntheticHousehold household;  // without members
  SyntheticPerson person;
  RecordIdentity identity;
  std::string kk;
  std::string dtks_id;           // dtks rows only
};

struct OutputSet {
  CsvOutput dukcapil;
  CsvOutput dtks;
  CsvOutput programs;
  CsvOutput recipients;
  CsvOutput truth;
};

std::string Compact(std::string_view dotted) {
  std::string out;
  for (char c : dotted) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

domain::Status ValidateOptions(const GenerateOptions& options) {
  if (options.people == 0 || options.people > kMaxPeople) {
    return domain::InvalidArgument("--people must be between 1 and " + std::to_string(kMaxPeople) + "; got " +
                                   std::to_string(options.people));
  }
  if (!(options.dtks_share >= 0.0 && options.dtks_share <= 1.0)) {
    return domain::InvalidArgument("--dtks-share must be between 0 and 1 (e.g. 0.4 for 40%)");
  }
  if (options.out_dir.empty()) return domain::InvalidArgument("--out is empty; give a folder to write into");
  return options.rates.Validate();
}

domain::Result<OutputSet> OpenOutputs(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return domain::Unavailable("cannot create folder " + dir + " (" + ec.message() + "); check --out");
  OutputSet out;
  auto open = [&dir](std::string_view name, CsvOutput& into) -> domain::Status {
    auto file = CsvOutput::Open(dir + "/" + std::string(name));
    if (!file.ok()) return file.status();
    into = std::move(file).value();
    return domain::Status::Ok();
  };
  if (auto st = open(kDukcapilFile, out.dukcapil); !st.ok()) return st;
  if (auto st = open(kDtksFile, out.dtks); !st.ok()) return st;
  if (auto st = open(kProgramsFile, out.programs); !st.ok()) return st;
  if (auto st = open(kRecipientsFile, out.recipients); !st.ok()) return st;
  if (auto st = open(kTruthFile, out.truth); !st.ok()) return st;
  AppendHeader(out.dukcapil.buffer(), kDukcapilColumns);
  AppendHeader(out.dtks.buffer(), kDtksColumns);
  AppendHeader(out.programs.buffer(), kProgramColumns);
  AppendHeader(out.recipients.buffer(), kRecipientColumns);
  AppendHeader(out.truth.buffer(), kTruthColumns);
  return out;
}

void MarkLifeStatus(const SyntheticPerson& person, DirtSet& dirt) {
  if (person.status == domain::LifeStatus::kDeceased) dirt.Add(DirtKind::kDeceased);
  if (person.status == domain::LifeStatus::kMoved) dirt.Add(DirtKind::kMoved);
}

// One run: owns the outputs, counters and held-back rows.
class Run {
 public:
  Run(const GenerateOptions& options, const ReferenceData& ref, const RegionPlan& plan, OutputSet outputs)
      : options_(options),
        ref_(ref),
        plan_(plan),
        names_(ref),
        factory_(ref, names_, plan, options.rates, options.dtks_share),
        catalog_(ref, plan),
        out_(std::move(outputs)),
        root_(options.seed),
        rng_(root_.Fork(kHouseholdStream)),
        recipient_dirt_(root_.Fork(kRecipientDirtStream)) {
    for (std::size_t p = 0; p < catalog_.programs().size(); ++p) {
      const Program& prog = catalog_.programs()[p];
      std::vector<std::string> numbers;
      for (std::size_t i = 0; i < prog.periods.size(); ++i) {
        numbers.push_back(std::string(kDecreePrefix) + std::to_string((p + 1) * kDecreesPerProgram + i + 1) +
                          std::string(kDecreeInfix) + Compact(prog.region_code) + "/" +
                          prog.periods[i].substr(0, kYearDigits));
      }
      decree_numbers_.push_back(std::move(numbers));
    }
  }

  domain::Result<GenerateSummary> Execute(const ProgressCallback& progress) {
    for (const Program& prog : catalog_.programs()) AppendProgramRow(out_.programs.buffer(), prog);
    summary_.program_rows = catalog_.programs().size();
    const std::uint64_t step = std::max<std::uint64_t>(1, options_.people / kProgressSteps);
    std::uint64_t next_report = step;
    for (const KabupatenQuota& part : plan_.parts) {
      std::uint64_t remaining = part.people;
      while (remaining > 0) {
        const int max_size = static_cast<int>(std::min<std::uint64_t>(remaining, kMaxHouseholdSize));
        SyntheticHousehold hh = factory_.Make(part, max_size, rng_);
        remaining -= hh.members.size();
        summary_.people += hh.members.size();
        ++summary_.households;
        WriteHousehold(hh);
        if (auto st = FlushAll(); !st.ok()) return st;
        if (progress && summary_.people >= next_report) {
          progress(summary_.people, options_.people);
          next_report = summary_.people + step;
        }
      }
    }
    WriteHeldRows();
    if (auto st = Commit(); !st.ok()) return st;
    if (progress) progress(summary_.people, options_.people);
    summary_.region_name = plan_.name;
    return summary_;
  }

 private:
  void Truth(std::string_view prefix, std::uint64_t record_id, std::string_view file, std::uint64_t person_id,
             const DirtSet& dirt) {
    // Line in its file: the header is line 1 and record ids count rows from 1 in file order.
    AppendTruthRow(out_.truth.buffer(), prefix, record_id, file, record_id + 1, person_id, dirt);
    ++summary_.truth_rows;
  }

  void Dukcapil(const SyntheticHousehold& hh, std::string_view kk, const SyntheticPerson& p, const RecordIdentity& id) {
    const std::uint64_t record = ++summary_.dukcapil_rows;
    AppendDukcapilRow(out_.dukcapil.buffer(), record, hh, kk, p, id, ref_);
    Truth(kDukcapilIdPrefix, record, kDukcapilFile, p.person_id, id.dirt);
  }

  void Dtks(const SyntheticHousehold& hh, std::string_view dtks_id, std::string_view kk, const SyntheticPerson& p,
            const RecordIdentity& id) {
    const std::uint64_t record = ++summary_.dtks_rows;
    AppendDtksRow(out_.dtks.buffer(), record, dtks_id, hh, kk, p, id, ref_);
    Truth(kDtksIdPrefix, record, kDtksFile, p.person_id, id.dirt);
  }

  std::string NewDtksId(const SyntheticHousehold& hh) {
    std::string digits = std::to_string(++dtks_households_);
    digits.insert(0, static_cast<std::size_t>(std::max(0, kDtksIdDigits - static_cast<int>(digits.size()))), '0');
    return std::string(kDtksHouseholdIdPrefix) + Compact(ref_.kabupaten[hh.kabupaten].code) + "-" + digits;
  }

  static SyntheticHousehold Shell(const SyntheticHousehold& hh) {
    SyntheticHousehold shell = hh;
    shell.members.clear();
    return shell;
  }

  void WriteHousehold(const SyntheticHousehold& hh) {
    const DirtRates& rates = options_.rates;
    for (const SyntheticPerson& p : hh.members) {
      RecordIdentity id{p.name, p.nik, p.birth, {}};
      MarkLifeStatus(p, id.dirt);
      Dukcapil(hh, hh.kk, p, id);
      if (rng_.Chance(rates.duplicate)) {
        SyntheticPerson old_entry = p;  // the earlier entry never heard of the death or move
        old_entry.status = domain::LifeStatus::kAlive;
        held_dukcapil_.push_back({Shell(hh), old_entry, MakeRecordIdentity(p, CopyKind::kDuplicate, rates, ref_, rng_, backlog_), hh.kk, {}});
      }
    }
    const bool doubled = rng_.Chance(rates.double_kk);
    std::string second_kk;
    if (doubled) {
      second_kk = factory_.ReissueKk(hh, rng_);
      for (const SyntheticPerson& p : hh.members) {
        RecordIdentity id{p.name, p.nik, p.birth, {}};
        id.dirt.Add(DirtKind::kDoubleKk);
        MarkLifeStatus(p, id.dirt);
        held_dukcapil_.push_back({Shell(hh), p, id, second_kk, {}});
      }
    }
    if (hh.in_dtks) {
      const std::string dtks_id = NewDtksId(hh);
      for (const SyntheticPerson& p : hh.members) {
        RecordIdentity id = MakeRecordIdentity(p, CopyKind::kSecondary, rates, ref_, rng_, backlog_);
        MarkLifeStatus(p, id.dirt);
        Dtks(hh, dtks_id, hh.kk, p, id);
      }
      if (doubled) {
        const std::string second_id = NewDtksId(hh);
        for (const SyntheticPerson& p : hh.members) {
          RecordIdentity id = MakeRecordIdentity(p, CopyKind::kSecondary, rates, ref_, rng_, backlog_);
          id.dirt.Add(DirtKind::kDoubleKk);
          MarkLifeStatus(p, id.dirt);
          held_dtks_.push_back({Shell(hh), p, id, second_kk, second_id});
        }
      }
    }
    WriteRecipients(hh);
  }

  void WriteRecipients(const SyntheticHousehold& hh) {
    for (const Award& award : catalog_.Awards(ref_, hh, rng_)) {
      const Program& prog = catalog_.programs()[award.program];
      const SyntheticPerson& p = hh.members[award.member];
      // Dirt is decided once per person and program, so every period of a list spells the name the same way.
      Rng dirt_rng = recipient_dirt_.Fork((p.person_id << kProgramBits) | award.program);
      const RecordIdentity base = MakeRecordIdentity(p, CopyKind::kSecondary, options_.rates, ref_, dirt_rng, backlog_);
      for (std::size_t i = 0; i < prog.periods.size(); ++i) {
        RecordIdentity id = base;
        if (p.status != domain::LifeStatus::kAlive &&
            ProgramCatalog::PeriodStartDays(prog.periods[i]) > p.status_date.DaysSinceEpoch()) {
          MarkLifeStatus(p, id.dirt);  // listed after death or move
        }
        RecipientLine line{&prog, prog.periods[i], RecipientStage::kDecree, award.amount, decree_numbers_[award.program][i], {}};
        Recipient(line, hh, p, id);
        if (rng_.Chance(kDeliveredShare)) {
          const auto start = domain::CivilDate::FromDaysSinceEpoch(ProgramCatalog::PeriodStartDays(prog.periods[i]));
          line.stage = RecipientStage::kRealised;
          line.received_on = domain::CivilDate{start.year, start.month, static_cast<int>(rng_.Between(1, kLatestPayDay))};
          Recipient(line, hh, p, id);
        }
      }
    }
  }

  void Recipient(const RecipientLine& line, const SyntheticHousehold& hh, const SyntheticPerson& p,
                 const RecordIdentity& id) {
    const std::uint64_t record = ++summary_.recipient_rows;
    AppendRecipientRow(out_.recipients.buffer(), record, line, hh, id, ref_);
    Truth(kRecipientIdPrefix, record, kRecipientsFile, p.person_id, id.dirt);
  }

  void WriteHeldRows() {
    for (const HeldRow& row : held_dukcapil_) Dukcapil(row.household, row.kk, row.person, row.identity);
    for (const HeldRow& row : held_dtks_) Dtks(row.household, row.dtks_id, row.kk, row.person, row.identity);
    held_dukcapil_.clear();
    held_dtks_.clear();
  }

  domain::Status FlushAll() {
    for (CsvOutput* f : {&out_.dukcapil, &out_.dtks, &out_.programs, &out_.recipients, &out_.truth}) {
      if (auto st = f->MaybeFlush(); !st.ok()) return st;
    }
    return domain::Status::Ok();
  }

  domain::Status Commit() {
    for (CsvOutput* f : {&out_.programs, &out_.dukcapil, &out_.dtks, &out_.recipients, &out_.truth}) {
      if (auto st = f->Commit(); !st.ok()) return st;
    }
    return domain::Status::Ok();
  }

  const GenerateOptions& options_;
  const ReferenceData& ref_;
  const RegionPlan& plan_;
  NamePool names_;
  HouseholdFactory factory_;
  ProgramCatalog catalog_;
  OutputSet out_;
  Rng root_;
  Rng rng_;
  Rng recipient_dirt_;
  DirtBacklog backlog_;
  std::vector<std::vector<std::string>> decree_numbers_;
  std::vector<HeldRow> held_dukcapil_;
  std::vector<HeldRow> held_dtks_;
  std::uint64_t dtks_households_ = 0;
  GenerateSummary summary_;
};

}  // namespace

domain::Result<GenerateSummary> GeneratePopulation(const GenerateOptions& options, const ProgressCallback& progress) {
  if (auto st = ValidateOptions(options); !st.ok()) return st;
  auto ref = LoadReferenceData(options.data_dir);
  if (!ref.ok()) return ref.status();
  const Rng root(options.seed);
  auto plan = ResolveRegionPlan(*ref, options.region, options.people, root.Fork(kPlanStream));
  if (!plan.ok()) return plan.status();
  auto outputs = OpenOutputs(options.out_dir);
  if (!outputs.ok()) return outputs.status();
  Run run(options, *ref, *plan, std::move(outputs).value());
  return run.Execute(progress);
}

}  // namespace tepat::synth
