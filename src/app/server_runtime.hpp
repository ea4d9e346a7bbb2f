#pragma once
// ServerRuntime: everything `tepat serve` runs, wired together — store, services, routes, static files, metrics,
// logging and the HTTP server. Tests build one on port 0 to exercise the real stack.
#include <memory>
#include <string>

#include "api/routes.hpp"
#include "app/periodic_task.hpp"
#include "app/screening_config_loader.hpp"
#include "app/smtp_mail_transport.hpp"
#include "http/application.hpp"
#include "http/server.hpp"
#include "http/smtp_client.hpp"
#include "service/outbox_sender.hpp"
#include "service/import_service.hpp"
#include "service/services.hpp"

namespace tepat::app {

/// Settings of `tepat serve`, validated by ServerRuntime::Create.
struct ServeOptions {
  std::string db_url = "sqlite:var/tepat.db";
  http::ServerConfig server;
  std::string static_dir = "web/dist";  ///< "" serves the API only
  bool static_required = false;         ///< fail when static_dir has no index.html (set when --static is given)
  bool secure_cookies = false;
  std::string access_log = "-";         ///< "-" standard output, "off", or a file path
  int db_pool_size = 8;
  std::string regions_dir = "data/wilayah";  ///< region reference CSVs (kabupaten and kecamatan codes for the NIK rules)
  std::string work_dir = "var/jobs";    ///< uploads (<work_dir>/uploads) and job outputs (<work_dir>/<id>)
  service::HashCost hash_cost = service::HashCost::kInteractive;
  http::SmtpConfig smtp;                ///< smtp.host "" = no email (in-app notifications only)
  service::OutboxConfig outbox;
  std::chrono::milliseconds outbox_poll{5'000};  ///< how often the outbox sender looks for due emails
  service::CommunityConfig community;   ///< notifications.email_enabled is set from smtp.host
  std::string attachments_dir = "var/attachments";  ///< complaint attachments (server-made file names)
  int sweep_interval_seconds = 300;                 ///< complaint overdue sweep period; 0 disables it
  std::string screening_settings = kDefaultScreeningMatchSettings;  ///< fuzzy-matching settings of screening jobs
  std::string screening_rules = kDefaultScreeningRules;    ///< screening rules per program
  std::string match_settings = "config/match/registry.json";  ///< registry dedup settings; "" disables dedup runs
};

/// Owns the running stack. Create() returns nullptr with `*error` set on a bad option, an unreachable database or
/// a taken port. Run() blocks until SIGTERM/SIGINT (or Stop()).
class ServerRuntime {
 public:
  static std::unique_ptr<ServerRuntime> Create(const ServeOptions& options, std::string* error);
  ~ServerRuntime();

  std::uint16_t port() const { return server_->port(); }
  void Run(bool handle_signals = true) { server_->Run(handle_signals); }
  void Stop() { server_->Stop(); }
  service::Services& services() { return *services_; }

 private:
  ServerRuntime() = default;
  std::unique_ptr<store::Store> store_;
  service::SystemClock clock_;
  std::unique_ptr<domain::InMemoryRegionDirectory> region_directory_;
  std::unique_ptr<service::ImportService> imports_;  ///< declared before services_: outlives the job runner
  std::unique_ptr<service::ScreeningService> screening_;  ///< likewise
  std::unique_ptr<service::Services> services_;
  http::Metrics metrics_;
  std::unique_ptr<api::HealthProbe> health_;
  std::unique_ptr<api::ApiDependencies> deps_;
  std::unique_ptr<http::Application> application_;
  std::unique_ptr<http::Server> server_;
  std::unique_ptr<SmtpMailTransport> mail_transport_;
  std::unique_ptr<service::OutboxSender> outbox_sender_;
  std::unique_ptr<PeriodicTask> outbox_task_;  ///< last: stops first, before what it uses
  std::unique_ptr<PeriodicTask> sweep_task_;   ///< the complaint overdue sweep; stops before the services
};

/// An access-log sink writing one line per request to `target` ("-" stdout, "off" nothing, else a file).
/// Returns nullptr for "off". Throws std::runtime_error when the file cannot be opened.
http::AccessLogSink MakeAccessLog(const std::string& target);

}  // namespace tepat::app
