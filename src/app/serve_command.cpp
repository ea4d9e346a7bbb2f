// `tepat serve`: the HTTP API and the web app.
#include <spdlog/spdlog.h>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/server_runtime.hpp"

namespace tepat::app {

void RegisterServeCommand(CLI::App& root) {
  auto options = std::make_shared<ServeOptions>();
  auto* cmd = root.add_subcommand(
      "serve", "Serve the API and the web app.\nExample: tepat serve --db sqlite:var/tepat.db --port 8080");
  cmd->add_option("--db", options->db_url, "Database URL: sqlite:PATH or postgresql://user@host/db")->capture_default_str();
  cmd->add_option("--port", options->server.port, "TCP port (0 picks a free one)")->capture_default_str();
  cmd->add_option("--address", options->server.address, "Address to listen on")->capture_default_str();
  cmd->add_option("--threads", options->server.threads, "Server threads (0: one per core)")->capture_default_str();
  auto* static_opt = cmd->add_option("--static", options->static_dir, "Folder of the built web app")->capture_default_str();
  cmd->add_option("--body-limit", options->server.body_limit, "Largest request body in bytes")->capture_default_str();
  cmd->add_option("--upload-limit", options->server.upload_body_limit, "Largest import file upload in bytes")
      ->capture_default_str();
  cmd->add_option("--regions-dir", options->regions_dir, "Folder of the region CSVs (codes for the NIK rules of imports)")
      ->capture_default_str();
  cmd->add_option("--work-dir", options->work_dir, "Where uploads and background jobs keep their files")
      ->capture_default_str();
  cmd->add_option("--screening-settings", options->screening_settings,
                  "Fuzzy-matching settings of screening jobs (as tepat match screen --settings)")
      ->capture_default_str();
  cmd->add_option("--screening-rules", options->screening_rules, "Screening rules per program (JSON)")
      ->capture_default_str();
  cmd->add_option("--access-log", options->access_log, "'-' for stdout, 'off', or a file")->capture_default_str();
  cmd->add_option("--db-pool", options->db_pool_size, "Database connections")->capture_default_str();
  cmd->add_option("--attachments", options->attachments_dir, "Folder of complaint attachments")->capture_default_str();
  cmd->add_option("--sweep-interval", options->sweep_interval_seconds,
                  "Seconds between complaint overdue sweeps (0: off)")
      ->capture_default_str();
  cmd->add_option("--match-settings", options->match_settings,
                  "Matching settings for registry deduplication (JSON); '' turns dedup runs off")
      ->capture_default_str();
  cmd->add_flag("--secure-cookies", options->secure_cookies, "Mark cookies Secure (when served over TLS)");
  cmd->add_option("--smtp-host", options->smtp.host,
                  "SMTP relay for notification emails ('' = in-app only). Example: --smtp-host 127.0.0.1")
      ->envname("TEPAT_SMTP_HOST");
  cmd->add_option("--smtp-port", options->smtp.port, "SMTP port")->envname("TEPAT_SMTP_PORT")->capture_default_str();
  cmd->add_option("--smtp-from", options->smtp.from, "Sender address, e.g. tepat@dinsos.example.go.id")
      ->envname("TEPAT_SMTP_FROM");
  cmd->add_option("--smtp-helo", options->smtp.helo_name, "Name this server gives in EHLO")
      ->envname("TEPAT_SMTP_HELO")
      ->capture_default_str();
  cmd->add_option("--public-url", options->community.notifications.public_url,
                  "Address of the web app, for links in emails, e.g. https://tepat.example.go.id")
      ->envname("TEPAT_PUBLIC_URL");
  cmd->add_option("--outbox-retry-base", options->outbox.retry.base_delay_seconds,
                  "Seconds before the first retry of a failed email (doubles each time)")
      ->capture_default_str();
  cmd->add_option("--outbox-retry-max", options->outbox.retry.max_delay_seconds, "Longest wait between retries, seconds")
      ->capture_default_str();
  cmd->add_option("--discussion-hide-after", options->community.discussion.hide_after_reports,
                  "Abuse reports that hide a discussion post until a moderator looks")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->callback([options, static_opt] {
    options->static_required = static_opt->count() > 0;
    if (!options->smtp.host.empty() && !http::IsPlainMailAddress(options->smtp.from)) {
      throw ExitError("--smtp-from: give the sender address (e.g. tepat@dinsos.example.go.id) when --smtp-host is set");
    }
    std::string error;
    auto runtime = ServerRuntime::Create(*options, &error);
    if (!runtime) throw ExitError(error);
    spdlog::info("tepat listening on http://{}:{}", options->server.address == "0.0.0.0" ? "localhost" : options->server.address,
                 runtime->port());
    runtime->Run();
    spdlog::info("tepat stopped");
  });
}

}  // namespace tepat::app
