#pragma once
// ImportService: runs registry imports (dukcapil, dtks, programs, recipients) as background jobs of JobRunner.
// A job reads its stored file (streaming), validates each row (ingest), writes valid rows in batches of one
// transaction each (Store::Apply*), and keeps with the job an error report (CSV and XLSX) and, for DTKS, the
// difference report against the previous round.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/region_directory.hpp"
#include "ingest/import_template.hpp"
#include "service/clock.hpp"
#include "service/job_runner.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Job kind of an import: "import.dukcapil", "import.dtks", "import.programs", "import.recipients".
std::string ImportJobKind(ingest::TemplateKind kind);
/// The template of an import job kind; nullopt for other kinds.
std::optional<ingest::TemplateKind> ImportKindOfJob(std::string_view job_kind);

/// Files an import job leaves in its work directory.
inline constexpr const char* kErrorReportCsv = "errors.csv";
inline constexpr const char* kErrorReportXlsx = "errors.xlsx";
inline constexpr const char* kDtksDiffCsv = "dtks_diff.csv";

/// Settings of imports.
struct ImportConfig {
  std::size_t batch_size = 10000;   ///< valid rows per parsed batch (a transaction writes whole batches)
  std::size_t queued_batches = 2;   ///< parsed batches waiting for the writer (memory: about 3 batches of rows)
  /// Most parsed batches written in one transaction: the writer takes the batches that are already waiting (never
  /// waits for one). Fewer, larger transactions rewrite the key-index pages fewer times (SQLite: each commit writes
  /// every index page its batch touched). 1 = one batch per transaction.
  std::size_t batches_per_transaction = 3;
  /// Civil-registration rows into an empty registry go through Store::BeginPeopleBulkLoad (key indexes built once
  /// at the end) where the engine has it; false: always ordinary batches (tests compare the two).
  bool bulk_load_empty_registry = true;
};

/// Runs import jobs. Thread-safe: each job runs on its own worker thread and shares only the store, the clock and
/// the (const) region directory, which must outlive this object.
///
/// What a job does, and guarantees:
///  - rows are validated by the template of the job's kind; invalid rows (and every warning) go to the error
///    report errors.csv / errors.xlsx in the job's work directory, naming row, column, value (NIK/KK masked) and
///    reason; job.rows_errors counts rejected rows;
///  - a job created by an account that is not admin only writes rows inside the account's regions (others are
///    rejected with a row error); jobs of the CLI (created_by 0) and of admins are not restricted;
///  - each batch is one transaction: after a crash the database holds whole batches only; re-importing a file
///    changes nothing that is already stored and writes no history (Store::Apply* are idempotent);
///  - a civil-registration file into an empty registry (SQLite) is a PeopleBulkLoad: the same records, counts and
///    history, the key indexes built once at the end; rows repeating a NIK or KK of an earlier transaction are
///    written at the end (a crash loses them; importing the file again writes them);
///  - an empty cell keeps the stored value, except in the columns whose template says it blanks it;
///  - cancel (JobContext::Report returning true) stops after the batch being written; the job ends cancelled;
///  - a file-level error (unreadable file, wrong template, a broken quote at the end) fails the job; batches
///    written before it stay (the message says how many rows were written);
///  - a DTKS job writes dtks_diff.csv (the job's result_path): the difference between the latest stored round
///    before the file's round and the file's round (everything is "new" for the first round).
class ImportService {
 public:
  ImportService(store::Store& store, const Clock& clock, const domain::RegionDirectory& regions,
                ImportConfig config = {});

  /// Registers the handlers of the four import kinds on `runner`.
  void RegisterHandlers(JobRunner& runner);
  /// Runs the import job of `ctx` (the handler); the outcome says what happened in words for the operator.
  store::JobOutcome Run(JobContext& ctx);

 private:
  store::Store& store_;
  const Clock& clock_;
  const domain::RegionDirectory& regions_;
  ImportConfig config_;
};

}  // namespace tepat::service
