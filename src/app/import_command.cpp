// `tepat import`: registry files. For now `tepat import template KIND` writes the template users fill in; loading
// files into the database comes with the import service (issue 3).
#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "ingest/template_writer.hpp"

namespace tepat::app {
namespace {

struct TemplateOptions {
  std::string kind;
  std::string format = "csv";
  std::string out;
};

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

}  // namespace

void RegisterImportCommand(CLI::App& root) {
  auto* import = root.add_subcommand("import", "Registry files: templates (loading into the database is not built yet)");
  import->require_subcommand(1);
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
