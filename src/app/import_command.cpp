// `tepat import`: registry files into the database (`tepat import dukcapil|dtks|programs|recipients FILE`), run as
// a job of the same JobRunner and ImportService the server uses, in the foreground with a progress bar; and
// `tepat import template KIND`, the templates users fill in.
//
// Exit codes: 0 every row imported; 3 imported, but some rows were rejected (see --errors); 4 cancelled
// (Ctrl-C: stops after the batch being written); 1 the import failed (file-level error, database) or a bad option.
#include <csignal>
#include <filesystem>
#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/stderr_progress.hpp"
#include "app/store_opener.hpp"
#include "ingest/template_writer.hpp"
#include "service/import_service.hpp"
#include "service/job_runner.hpp"
#include "service/job_timing.hpp"
#include "service/region_service.hpp"

namespace tepat::app {
namespace {

constexpr int kExitRejectedRows = 3;
constexpr int kExitCancelled = 4;

struct TemplateOptions {
  std::string kind;
  std::string format = "csv";
  std::string out;
};

struct LoadOptions {
  std::string file;
  std::string errors_out;
  std::string diff_out;
  std::string db = kDefaultDbUrl;
  std::string data_dir = "data";
  std::string work_dir = "var/jobs";
  std::size_t batch_size = service::ImportConfig{}.batch_size;
  std::int64_t stale_after = service::JobRunnerConfig{}.stale_after.count();
  bool quiet = false;
};

std::atomic<bool> g_interrupted{false};
extern "C" void OnInterrupt(int) { g_interrupted = true; }

void WriteTemplateFile(const TemplateOptions& o) {
  std::optional<ingest::TemplateKind> kind = ingest::ParseTemplateKind(o.kind);
  if (!kind) throw ExitError("'" + o.kind + "' is not a template; use dukcapil, dtks, programs or recipients");
  ingest::ReportFormat format;
  if (o.format == "csv") {
    format = ingest::ReportFormat::kCsv;
  } else if (o.format == "xlsx") {
    format = ingest::ReportFormat::kXlsx;
  } else {
    throw ExitError("--format: use csv or xlsx");
  }
  std::string path = o.out.empty() ? ingest::TemplateFileName(*kind, format) : o.out;
  if (auto written = ingest::WriteTemplate(*kind, format, path); !written.ok()) throw ExitError(written.message());
  std::cout << "wrote " << path << "\n";
}

// Copies a file the job left (error report, difference report) to where the user asked.
void CopyOut(const std::filesystem::path& from, const std::string& to, const char* what) {
  std::error_code ec;
  std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) throw ExitError(std::string("cannot write the ") + what + " to '" + to + "': " + ec.message());
  std::cout << "wrote " << to << " (" << what << ")\n";
}

// Delivers --errors and --diff-out: an empty report when the job made none (so scripts always find the file).
void DeliverReports(const store::Job& job, const LoadOptions& o) {
  if (!o.errors_out.empty()) {
    const bool xlsx = ingest::ReportFormatForPath(o.errors_out) == ingest::ReportFormat::kXlsx;
    if (job.error_report_path.empty()) {
      auto empty = ingest::CreateErrorReport(o.errors_out, ingest::ReportFormatForPath(o.errors_out));
      if (!empty.ok() || !(*empty)->Finish().ok()) throw ExitError("cannot write the error report to '" + o.errors_out + "'");
      std::cout << "wrote " << o.errors_out << " (no row errors)\n";
    } else {
      std::filesystem::path report(job.error_report_path);
      CopyOut(xlsx ? report.replace_filename(service::kErrorReportXlsx) : report, o.errors_out, "error report");
    }
  }
  if (!o.diff_out.empty()) {
    if (job.result_path.empty()) throw ExitError("no DTKS difference report was made (see the message above)");
    CopyOut(job.result_path, o.diff_out, "DTKS difference report");
  }
}

void RunImport(ingest::TemplateKind kind, const LoadOptions& o) {
  if (!o.diff_out.empty() && kind != ingest::TemplateKind::kDtks) throw ExitError("--diff-out is only for dtks files");
  std::error_code ec;
  const std::filesystem::path file = std::filesystem::absolute(o.file, ec);
  if (ec || !std::filesystem::is_regular_file(file)) throw ExitError("'" + o.file + "' is not a readable file");
  if (o.batch_size == 0) throw ExitError("--batch-size: use a number above 0");
  auto regions = service::RegionService::ReadDirectory(o.data_dir + "/wilayah");
  if (!regions.ok()) throw ExitError("region codes are needed to check NIKs: " + regions.status().message() +
                                     " (pass --data-dir)");
  auto store = OpenMigratedStore(o.db, 2);
  service::SystemClock clock;
  StderrProgress bar;
  service::JobRunnerConfig config;
  config.work_dir = o.work_dir;
  config.stale_after = std::chrono::seconds(o.stale_after);
  config.on_progress = [&](const store::Job& job, const store::JobProgress& progress) {
    if (g_interrupted.exchange(false)) (void)store->RequestJobCancel(job.id, clock.Now());
    if (!o.quiet) bar.ShowJob(job.kind, progress, service::TimingOf(job.started_at, progress, clock.Now()));
  };
  service::JobRunner runner(*store, clock, config);
  service::ImportService imports(*store, clock, **regions, service::ImportConfig{.batch_size = o.batch_size});
  imports.RegisterHandlers(runner);
  if (auto stale = runner.FailStaleJobs(); stale.ok() && *stale > 0) {
    std::cerr << *stale << " earlier job(s) had stopped without finishing and are now marked failed\n";
  }
  store::Job job;
  job.kind = service::ImportJobKind(kind);
  job.file_name = file.string();
  auto id = store->CreateJob(job);
  if (!id.ok()) throw ExitError("cannot record the import job: " + id.status().message());
  std::signal(SIGINT, OnInterrupt);
  auto finished = runner.RunNow(*id);
  std::signal(SIGINT, SIG_DFL);
  if (!finished.ok()) throw ExitError("the import could not run: " + finished.status().message());
  if (!o.quiet) {
    bar.ShowJob(finished->kind, {finished->rows_total, finished->rows_done, finished->rows_errors},
                service::TimingOf(*finished, clock.Now()), true);
    bar.Finish();
  }
  std::cout << "job " << finished->id << " " << store::JobStatusCode(finished->status) << ": " << finished->message
            << "\n";
  DeliverReports(*finished, o);
  switch (finished->status) {
    case store::JobStatus::kSucceeded:
      if (finished->rows_errors > 0) throw ExitError("some rows were rejected; see the error report", kExitRejectedRows);
      return;
    case store::JobStatus::kCancelled: throw ExitError("import cancelled", kExitCancelled);
    default: throw ExitError("import failed");
  }
}

void AddLoadCommand(CLI::App& import, ingest::TemplateKind kind) {
  auto o = std::make_shared<LoadOptions>();
  const std::string name = ingest::TemplateKindName(kind);
  auto* cmd = import.add_subcommand(
      name, std::string("Import a ") + ingest::TemplateKindTitle(kind) + " file (CSV or XLSX in the template of " +
                "`tepat import template " + name + "`) into the database, with a progress bar on stderr.\n"
                "Exit codes: 0 all rows imported, 3 some rows rejected (see --errors), 4 cancelled (Ctrl-C), "
                "1 failed.\nExample: tepat import " + name + " " + name + ".csv --errors " + name + "_errors.xlsx");
  cmd->add_option("file", o->file, "The file to import")->required();
  cmd->add_option("--errors", o->errors_out, "Write the error report here (.csv or .xlsx)");
  if (kind == ingest::TemplateKind::kDtks) {
    cmd->add_option("--diff-out", o->diff_out, "Write the difference against the previous DTKS round here (CSV)");
  }
  cmd->add_option("--db", o->db, "Database URL")->capture_default_str();
  cmd->add_option("--data-dir", o->data_dir, "Folder with wilayah/*.csv (region codes for the NIK rules)")
      ->capture_default_str();
  cmd->add_option("--work-dir", o->work_dir, "Where jobs keep their reports")->capture_default_str();
  cmd->add_option("--batch-size", o->batch_size,
                  "Rows per batch (a transaction writes whole batches: up to 3 that are waiting)")->capture_default_str();
  cmd->add_option("--stale-after", o->stale_after,
                  "Seconds without a heartbeat after which a running job counts as dead and is marked failed at "
                  "start (an import that was killed); 0 only when no other import runs on this database")
      ->capture_default_str();
  cmd->add_flag("--quiet", o->quiet, "No progress bar");
  cmd->callback([kind, o] { RunImport(kind, *o); });
}

}  // namespace

void RegisterImportCommand(CLI::App& root) {
  auto* import = root.add_subcommand("import", "Registry files: import into the database, download templates");
  import->require_subcommand(1);
  for (ingest::TemplateKind kind : ingest::AllTemplateKinds()) AddLoadCommand(*import, kind);
  auto options = std::make_shared<TemplateOptions>();
  auto* tmpl = import->add_subcommand(
      "template", "Write the template of a registry file, with an example row and a guide sheet (XLSX).\n"
                  "Example: tepat import template dukcapil --format xlsx --out template_dukcapil.xlsx");
  tmpl->add_option("kind", options->kind, "dukcapil, dtks, programs or recipients")->required();
  tmpl->add_option("--format", options->format, "csv or xlsx")->capture_default_str();
  tmpl->add_option("--out", options->out, "Output file (default: template_KIND.csv/.xlsx)");
  tmpl->callback([options] { WriteTemplateFile(*options); });
}

}  // namespace tepat::app
