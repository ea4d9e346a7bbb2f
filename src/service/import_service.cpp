#include "service/import_service.hpp"

#include <algorithm>
#include <set>
#include <thread>
#include <vector>

#include "ingest/error_report.hpp"
#include "ingest/importer.hpp"
#include "service/batch_queue.hpp"
#include "service/dtks_diff_report.hpp"
#include "service/registry_row_mapping.hpp"

namespace tepat::service {
namespace {

using ingest::TemplateKind;
using store::JobOutcome;

constexpr std::string_view kJobKindPrefix = "import.";
constexpr std::uint64_t kProgressEveryRows = 4096;
constexpr std::int64_t kSecondsPerDay = 86400;

// --- per-kind traits ------------------------------------------------------------------------------------------

domain::Result<store::ApplyCounts> Apply(store::Store& store, const std::vector<store::PersonUpdate>& rows,
                                         const store::ChangeSource& source) {
  auto applied = store.ApplyPeople(rows, source);
  if (!applied.ok()) return applied.status();
  return applied->people;
}
domain::Result<store::ApplyCounts> Apply(store::Store& store, const std::vector<store::DtksUpdate>& rows,
                                         const store::ChangeSource& source) {
  return store.ApplyDtks(rows, source);
}
domain::Result<store::ApplyCounts> Apply(store::Store& store, const std::vector<store::ProgramUpdate>& rows,
                                         const store::ChangeSource& source) {
  return store.ApplyPrograms(rows, source);
}
domain::Result<store::ApplyCounts> Apply(store::Store& store, const std::vector<store::RecipientUpdate>& rows,
                                         const store::ChangeSource& source) {
  return store.ApplyRecipients(rows, source);
}

// The region a row writes into, and the column that names it.
const domain::RegionCode& RowRegion(const ingest::DukcapilRow& row) { return row.desa; }
const domain::RegionCode& RowRegion(const ingest::DtksRow& row) { return row.desa; }
const domain::RegionCode& RowRegion(const ingest::ProgramRow& row) { return row.region; }
const domain::RegionCode& RowRegion(const ingest::RecipientRow& row) { return row.desa; }
const char* RegionColumn(TemplateKind kind) { return kind == TemplateKind::kPrograms ? "KODE_WILAYAH" : "KODE_DESA"; }

// The DTKS rounds named by a file (other kinds name none).
void NoteRound(const ingest::DtksRow& row, std::set<std::string>* rounds) { rounds->insert(row.round); }
template <typename Row>
void NoteRound(const Row&, std::set<std::string>*) {}

// --- error reports --------------------------------------------------------------------------------------------

// Receives every issue of the file (on the reading thread): writes both reports and counts rejected rows.
class IssueSink {
 public:
  static domain::Result<IssueSink> Create(const std::filesystem::path& dir) {
    auto csv = ingest::CreateErrorReport(dir / kErrorReportCsv, ingest::ReportFormat::kCsv);
    if (!csv.ok()) return csv.status();
    auto xlsx = ingest::CreateErrorReport(dir / kErrorReportXlsx, ingest::ReportFormat::kXlsx);
    if (!xlsx.ok()) return xlsx.status();
    return IssueSink(dir, std::move(csv).value(), std::move(xlsx).value());
  }
  void Add(const ingest::RowIssue& issue) {
    if (issue.severity == ingest::Severity::kError && issue.row != last_rejected_row_) {
      ++rejected_rows_;
      last_rejected_row_ = issue.row;
    }
    if (write_error_.ok()) write_error_ = csv_->Add(issue);
    if (write_error_.ok()) write_error_ = xlsx_->Add(issue);
  }
  std::int64_t rejected_rows() const { return rejected_rows_; }
  /// Completes both files; the CSV path, or "" when there was nothing to report (the files are then removed).
  domain::Result<std::string> Finish() {
    if (!write_error_.ok()) return write_error_;
    if (auto done = csv_->Finish(); !done.ok()) return done;
    if (auto done = xlsx_->Finish(); !done.ok()) return done;
    if (csv_->count() > 0) return (dir_ / kErrorReportCsv).string();
    std::error_code ignored;
    std::filesystem::remove(dir_ / kErrorReportCsv, ignored);
    std::filesystem::remove(dir_ / kErrorReportXlsx, ignored);
    return std::string();
  }

 private:
  IssueSink(std::filesystem::path dir, std::unique_ptr<ingest::ErrorReport> csv,
            std::unique_ptr<ingest::ErrorReport> xlsx)
      : dir_(std::move(dir)), csv_(std::move(csv)), xlsx_(std::move(xlsx)) {}
  std::filesystem::path dir_;
  std::unique_ptr<ingest::ErrorReport> csv_;
  std::unique_ptr<ingest::ErrorReport> xlsx_;
  std::int64_t rejected_rows_ = 0;
  std::uint64_t last_rejected_row_ = 0;
  domain::Status write_error_;
};

// --- the pipeline ---------------------------------------------------------------------------------------------

// Valid rows of one batch, converted for the store, with the file position after its last row.
template <typename Update>
struct ParsedBatch {
  std::vector<Update> rows;                  ///< ordinary batches
  std::vector<store::PeopleBatch> prepared;  ///< a bulk load's rows instead, in stored form (one per parsed batch)
  std::int64_t rows_read = 0;     ///< data rows read up to the end of this batch
  std::int64_t rows_rejected = 0; ///< of which rejected
  std::int64_t rows_estimate = 0; ///< total rows of the file, estimated from the bytes read
};

std::int64_t EstimateTotal(std::int64_t rows_read, const ingest::ImportProgress& progress) {
  if (progress.bytes_read == 0 || progress.bytes_total <= progress.bytes_read) return rows_read;
  const double per_byte = static_cast<double>(rows_read) / static_cast<double>(progress.bytes_read);
  return std::max(rows_read, static_cast<std::int64_t>(per_byte * static_cast<double>(progress.bytes_total)));
}

std::string Plural(std::int64_t n, const char* what) { return std::to_string(n) + " " + what; }

// What the writer did so far.
struct WriteTally {
  store::ApplyCounts counts;
  std::int64_t rows_written = 0;
  std::int64_t rows_done = 0;
  std::int64_t rows_rejected = 0;
  std::int64_t rows_total = 0;
  /// Adds what a written transaction did; every row it counts was written.
  void Add(const store::ApplyCounts& applied) {
    counts.inserted += applied.inserted;
    counts.updated += applied.updated;
    counts.unchanged += applied.unchanged;
    counts.history_rows += applied.history_rows;
    rows_written += applied.inserted + applied.updated + applied.unchanged;
  }
  std::string Describe() const {
    return Plural(rows_written, "rows written") + " (" + std::to_string(counts.inserted) + " new, " +
           std::to_string(counts.updated) + " changed, " + std::to_string(counts.unchanged) + " unchanged), " +
           Plural(rows_rejected, "rows rejected");
  }
};

// Runs one import of rows of type Row: a reading thread validates and converts rows into batches, this thread
// writes them. Everything the job decides (stop, fail) is decided here.
template <typename Row>
class ImportRun {
 public:
  using Update = decltype(ToUpdate(std::declval<Row&&>()));

  ImportRun(store::Store& store, const Clock& clock, const domain::RegionDirectory& regions,
            const ImportConfig& config, JobContext& ctx)
      : store_(store), clock_(clock), regions_(regions), config_(config), ctx_(ctx), queue_(config.queued_batches) {}

  JobOutcome Run() {
    const store::Job& job = ctx_.job();
    if (job.created_by != 0) {
      auto account = store_.GetAccount(job.created_by);
      if (!account.ok()) return JobOutcome::Failed("cannot read the account that started the import: " +
                                                   account.status().message());
      if (!account->has_value()) return JobOutcome::Failed("the account that started the import no longer exists");
      account_ = std::move(account->value());
    }
    auto sink = IssueSink::Create(ctx_.WorkDir());
    if (!sink.ok()) return JobOutcome::Failed("cannot create the error report: " + sink.status().message());
    sink_.emplace(std::move(sink).value());

    // Before the reading thread starts: it prepares the rows for the bulk load, when there is one.
    begun_ = BeginBulkLoad(store::ChangeSource{job.id, job.created_by, 0});
    std::thread reader([this, path = job.file_name] { Read(path); });
    WriteTally tally = Write();
    reader.join();

    JobOutcome outcome = Decide(tally);
    auto report = sink_->Finish();
    if (!report.ok()) {
      outcome = JobOutcome::Failed(outcome.message + "; the error report could not be written: " +
                                   report.status().message());
    } else {
      outcome.error_report_path = *report;
    }
    ctx_.Report({tally.rows_total, tally.rows_done, tally.rows_rejected}, true);
    return outcome;
  }

  const std::set<std::string>& rounds() const { return rounds_; }

 private:
  // The reading thread: ImportRows with batches handed to the writer. Stops when the writer abandons the queue.
  void Read(const std::string& path) {
    ingest::ImportOptions options;
    options.batch_size = config_.batch_size;
    options.progress_every_rows = kProgressEveryRows;
    options.on_progress = [this](const ingest::ImportProgress& p) { bytes_ = p; };
    const ingest::ValidationContext context{&regions_,
                                            domain::CivilDate::FromDaysSinceEpoch(clock_.Now() / kSecondsPerDay)};
    std::int64_t rows_valid = 0;
    auto on_batch = [&](std::vector<Row>& rows) -> domain::Status {
      ParsedBatch<Update> batch;
      rows_valid += static_cast<std::int64_t>(rows.size());
      Convert(rows, batch);
      batch.rows_rejected = sink_->rejected_rows();
      batch.rows_read = rows_valid + batch.rows_rejected;
      batch.rows_estimate = EstimateTotal(batch.rows_read, bytes_);
      if (!queue_.Push(std::move(batch))) return domain::FailedPrecondition("the writer stopped");
      return domain::Status::Ok();
    };
    auto on_issue = [this](const ingest::RowIssue& issue) { sink_->Add(issue); };
    read_result_ = ingest::ImportRows<Row>(path, context, options, on_batch, on_issue);
    if (read_result_->ok()) {
      // Rows rejected after the last full batch: an empty batch carries the final counts.
      ParsedBatch<Update> last;
      last.rows_rejected = sink_->rejected_rows();
      last.rows_read = rows_valid + last.rows_rejected;
      last.rows_estimate = last.rows_read;
      queue_.Push(std::move(last));
    }
    queue_.Close();
  }

  // A row outside the regions of the account that started the job is rejected with a row error.
  bool InScope(const Row& row) {
    if (!account_ || domain::AccountCoversRegion(*account_, RowRegion(row))) return true;
    sink_->Add(ingest::RowIssue{row.row, RegionColumn(Row::kKind), RowRegion(row).Dotted(), ingest::Severity::kError,
                                "wilayah ini di luar wilayah tugas akun Anda; minta admin atau operator wilayah itu "
                                "untuk mengimpor baris ini",
                                "this region is outside your account's regions; ask an admin or the operator of "
                                "that region to import this row"});
    return false;
  }

  // This thread: applies batches in order until the queue ends, the job must stop, or a batch fails.
  WriteTally Write() {
    WriteTally tally;
    const store::ChangeSource source{ctx_.job().id, ctx_.job().created_by, 0};
    if (!begun_.ok()) {
      write_error_ = begun_;
      queue_.Abandon();
      return tally;
    }
    while (std::optional<ParsedBatch<Update>> batch = queue_.Pop()) {
      TakeWaitingBatches(*batch);
      if (!batch->rows.empty() || !batch->prepared.empty()) {
        auto applied = WriteRows(*batch, source);
        if (!applied.ok()) {
          write_error_ = applied.status();
          queue_.Abandon();
          break;
        }
        tally.Add(*applied);
      }
      tally.rows_done = batch->rows_read;
      tally.rows_rejected = batch->rows_rejected;
      tally.rows_total = batch->rows_estimate;
      if (ctx_.Report({tally.rows_total, tally.rows_done, tally.rows_rejected})) {
        stopped_ = true;
        queue_.Abandon();
        break;
      }
    }
    if (bulk_) {
      // Also after a failure or a cancel: the indexes are built and the rows held back so far are written.
      auto finished = bulk_->Finish();
      if (finished.ok()) {
        tally.Add(*finished);
      } else if (write_error_.ok()) {
        write_error_ = finished.status();
      }
    }
    return tally;
  }

  // Civil-registration rows into an empty registry (SQLite): a bulk load instead of ordinary batches.
  domain::Status BeginBulkLoad(const store::ChangeSource& source) {
    if constexpr (std::is_same_v<Update, store::PersonUpdate>) {
      if (!config_.bulk_load_empty_registry) return domain::Status::Ok();
      auto bulk = store_.BeginPeopleBulkLoad(source, config_.batch_size);
      if (!bulk.ok()) return bulk.status();
      bulk_ = std::move(bulk).value();
    }
    return domain::Status::Ok();
  }

  // Converts the valid rows of a parsed batch (reading thread) into `batch`: store updates, or for a bulk load the
  // rows in stored form, so that the writer only binds them. Rows outside the account's regions are left out.
  void Convert(std::vector<Row>& rows, ParsedBatch<Update>& batch) {
    if constexpr (std::is_same_v<Update, store::PersonUpdate>) {
      if (bulk_ != nullptr) {
        store::PeopleBatch& prepared = batch.prepared.emplace_back();
        prepared.Reserve(rows.size());
        for (Row& row : rows) {
          if (InScope(row)) prepared.Add(ToUpdate(std::move(row)));
        }
        return;
      }
    }
    batch.rows.reserve(rows.size());
    for (Row& row : rows) {
      if (!InScope(row)) continue;
      NoteRound(row, &rounds_);
      batch.rows.push_back(ToUpdate(std::move(row)));
    }
  }

  // Writes the rows of one transaction (the bulk load's, or an ordinary Apply*); the rows may be consumed.
  domain::Result<store::ApplyCounts> WriteRows(ParsedBatch<Update>& batch, const store::ChangeSource& source) {
    if constexpr (std::is_same_v<Update, store::PersonUpdate>) {
      if (bulk_) return bulk_->Apply(std::move(batch.prepared));
    }
    return Apply(store_, batch.rows, source);
  }

  // Appends the batches already waiting (up to batches_per_transaction in all) to `batch`, which then ends where
  // the last of them ends: they are written in one transaction.
  void TakeWaitingBatches(ParsedBatch<Update>& batch) {
    for (std::size_t taken = 1; taken < config_.batches_per_transaction; ++taken) {
      std::optional<ParsedBatch<Update>> next = queue_.TryPop();
      if (!next) return;
      batch.rows.insert(batch.rows.end(), std::make_move_iterator(next->rows.begin()),
                        std::make_move_iterator(next->rows.end()));
      batch.prepared.insert(batch.prepared.end(), std::make_move_iterator(next->prepared.begin()),
                            std::make_move_iterator(next->prepared.end()));
      batch.rows_read = next->rows_read;
      batch.rows_rejected = next->rows_rejected;
      batch.rows_estimate = next->rows_estimate;
    }
  }

  JobOutcome Decide(WriteTally& tally) {
    if (!write_error_.ok()) {
      return JobOutcome::Failed("writing a batch failed (" + write_error_.message() + "); " + tally.Describe() +
                                " before it are kept; start the import again, it continues where it stopped");
    }
    if (stopped_) {
      return JobOutcome::Cancelled("cancelled after " + tally.Describe() +
                                   " (whole batches only); import the file again to add the rest");
    }
    if (!read_result_ || !read_result_->ok()) {
      const std::string why = read_result_ ? read_result_->status().message() : "the file was not read";
      return JobOutcome::Failed(why + " (" + tally.Describe() + " before this are kept; fix the file and import it "
                                "again)");
    }
    tally.rows_total = tally.rows_done;
    std::string message = tally.Describe();
    if (read_result_->value().warnings > 0) message += ", " + Plural(read_result_->value().warnings, "warnings");
    return JobOutcome::Succeeded(message);
  }

  store::Store& store_;
  const Clock& clock_;
  const domain::RegionDirectory& regions_;
  const ImportConfig& config_;
  JobContext& ctx_;
  BatchQueue<ParsedBatch<Update>> queue_;
  std::optional<domain::Account> account_;
  std::optional<IssueSink> sink_;
  ingest::ImportProgress bytes_;                          // reading thread only
  std::set<std::string> rounds_;                          // reading thread; read after join
  std::optional<domain::Result<ingest::ImportSummary>> read_result_;  // set by the reading thread before Close
  domain::Status begun_;       // BeginBulkLoad's outcome
  domain::Status write_error_;
  bool stopped_ = false;
  std::unique_ptr<store::PeopleBulkLoad> bulk_;  // civil-registration rows into an empty registry only
};

// The difference between the latest round stored before `round` and `round`, written next to the job.
domain::Status WriteDtksDiff(store::Store& store, const std::string& round, const std::filesystem::path& dir,
                             JobOutcome* outcome) {
  auto rounds = store.ListDtksRounds();
  if (!rounds.ok()) return rounds.status();
  std::string earlier;
  for (const std::string& stored : *rounds) {
    if (stored < round) earlier = stored;
  }
  auto diff = store.DiffDtksRounds(earlier, round);
  if (!diff.ok()) return diff.status();
  const std::filesystem::path path = dir / kDtksDiffCsv;
  if (auto written = WriteDtksDiffCsv(path, earlier, round, *diff); !written.ok()) return written;
  outcome->result_path = path.string();
  outcome->message += "; DTKS " + (earlier.empty() ? std::string("first round") : earlier) + " -> " + round + ": " +
                      DtksDiffSummary(*diff);
  return domain::Status::Ok();
}

template <typename Row>
JobOutcome RunKind(store::Store& store, const Clock& clock, const domain::RegionDirectory& regions,
                   const ImportConfig& config, JobContext& ctx) {
  ImportRun<Row> run(store, clock, regions, config, ctx);
  JobOutcome outcome = run.Run();
  if constexpr (std::is_same_v<Row, ingest::DtksRow>) {
    if (outcome.status == store::JobStatus::kSucceeded && !run.rounds().empty()) {
      // A file normally holds one round; with several, the report compares the newest with the one before it.
      if (auto diffed = WriteDtksDiff(store, *run.rounds().rbegin(), ctx.WorkDir(), &outcome); !diffed.ok()) {
        outcome.message += "; the DTKS difference report could not be made: " + diffed.message();
      }
    }
  }
  return outcome;
}

}  // namespace

std::string ImportJobKind(ingest::TemplateKind kind) {
  return std::string(kJobKindPrefix) + ingest::TemplateKindName(kind);
}

std::optional<ingest::TemplateKind> ImportKindOfJob(std::string_view job_kind) {
  if (!job_kind.starts_with(kJobKindPrefix)) return std::nullopt;
  return ingest::ParseTemplateKind(job_kind.substr(kJobKindPrefix.size()));
}

ImportService::ImportService(store::Store& store, const Clock& clock, const domain::RegionDirectory& regions,
                             ImportConfig config)
    : store_(store), clock_(clock), regions_(regions), config_(config) {}

void ImportService::RegisterHandlers(JobRunner& runner) {
  for (TemplateKind kind : ingest::AllTemplateKinds()) {
    runner.Register(ImportJobKind(kind), [this](JobContext& ctx) { return Run(ctx); });
  }
}

JobOutcome ImportService::Run(JobContext& ctx) {
  std::optional<TemplateKind> kind = ImportKindOfJob(ctx.job().kind);
  if (!kind) return JobOutcome::Failed("'" + ctx.job().kind + "' is not an import job");
  switch (*kind) {
    case TemplateKind::kDukcapil: return RunKind<ingest::DukcapilRow>(store_, clock_, regions_, config_, ctx);
    case TemplateKind::kDtks: return RunKind<ingest::DtksRow>(store_, clock_, regions_, config_, ctx);
    case TemplateKind::kPrograms: return RunKind<ingest::ProgramRow>(store_, clock_, regions_, config_, ctx);
    case TemplateKind::kRecipients: return RunKind<ingest::RecipientRow>(store_, clock_, regions_, config_, ctx);
  }
  return JobOutcome::Failed("unknown import kind");
}

}  // namespace tepat::service
