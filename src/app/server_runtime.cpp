#include "app/server_runtime.hpp"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "app/dedup_config.hpp"
#include "app/openapi_document.hpp"
#include "service/screening_job.hpp"

namespace tepat::app {
namespace {

std::vector<http::GaugeSample> PoolGauges(store::Store& store) {
  store::PoolStats stats = store.Pool();
  return {{"tepat_db_pool_size", "Database connections in the pool.", static_cast<double>(stats.size)},
          {"tepat_db_pool_in_use", "Database connections lent out now.", static_cast<double>(stats.in_use)},
          {"tepat_db_pool_waits_total", "Times a request waited for a free connection.",
           static_cast<double>(stats.waits)}};
}

std::vector<http::GaugeSample> OutboxGauges(store::Store& store) {
  auto counts = store.CountOutbox();
  if (!counts.ok()) return {};
  return {{"tepat_email_outbox_pending", "Emails waiting to be sent.", static_cast<double>(counts->pending)},
          {"tepat_email_outbox_failing", "Waiting emails whose last attempt failed.",
           static_cast<double>(counts->failing)}};
}

// Sends due emails and logs what happened (no addresses, no content).
void RunOutbox(service::OutboxSender& sender) {
  auto summary = sender.RunOnce();
  if (!summary.ok()) {
    spdlog::warn("email outbox: {}", summary.status().message());
  } else if (summary->sent > 0 || summary->failed > 0) {
    spdlog::info("email outbox: {} sent, {} failed (kept for a retry)", summary->sent, summary->failed);
  }
}

}  // namespace

http::AccessLogSink MakeAccessLog(const std::string& target) {
  if (target == "off") return nullptr;
  // Synchronous, buffered sinks: a line is an fwrite under a mutex; flushed every second. (An async logger
  // wakes its thread for every line, which cost more than the write itself under load.)
  std::shared_ptr<spdlog::logger> logger;
  if (target == "-") {
    logger = spdlog::stdout_logger_mt("access");
  } else {
    logger = spdlog::basic_logger_mt("access", target);
  }
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %v", spdlog::pattern_time_type::utc);
  spdlog::flush_every(std::chrono::seconds(1));
  return [logger](const http::AccessRecord& r) {
    logger->info("{} {} {} {} {} {}B {:.2f}ms", r.request_id, r.client_address.empty() ? "-" : r.client_address,
                 r.method, r.route, r.status, r.response_bytes, r.seconds * 1000.0);
  };
}

std::unique_ptr<ServerRuntime> ServerRuntime::Create(const ServeOptions& options, std::string* error) {
  std::unique_ptr<ServerRuntime> rt(new ServerRuntime());
  auto opened = store::OpenStore(options.db_url, options.db_pool_size);
  if (!opened.ok()) {
    *error = opened.status().message();
    return nullptr;
  }
  rt->store_ = std::move(opened).value();
  if (auto migrated = rt->store_->Migrate(); !migrated.ok()) {
    *error = "cannot bring the database schema up to date: " + migrated.message();
    return nullptr;
  }
  std::optional<http::StaticFiles> static_files;
  if (!options.static_dir.empty()) {
    std::string static_error;
    static_files = http::StaticFiles::Load(options.static_dir, &static_error);
    if (!static_files && options.static_required) {
      *error = static_error;
      return nullptr;
    }
    if (!static_files) spdlog::warn("serving the API only: {}", static_error);
  }
  auto directory = service::RegionService::ReadDirectory(options.regions_dir);
  if (!directory.ok()) {
    *error = "region codes are needed for imports: " + directory.status().message() + " (pass --regions-dir)";
    return nullptr;
  }
  rt->region_directory_ = std::move(directory).value();
  service::JobRunnerConfig jobs_config;
  jobs_config.work_dir = options.work_dir;
  service::CommunityConfig community = options.community;
  community.notifications.email_enabled = !options.smtp.host.empty();
  service::ComplaintConfig complaint_config;
  complaint_config.attachments_dir = options.attachments_dir;
  rt->services_ = std::make_unique<service::Services>(*rt->store_, rt->clock_, options.hash_cost,
                                                      service::AuthConfig{}, std::move(community),
                                                      std::move(complaint_config), jobs_config);
  if (!options.match_settings.empty()) {
    auto dedup = ReadDedupConfig(options.match_settings);
    if (dedup.ok()) {
      rt->services_->dedup().Configure(std::move(dedup).value());
    } else if (dedup.status().code() == domain::ErrorCode::kNotFound) {
      spdlog::warn("registry deduplication is off: {}", dedup.status().message());
    } else {
      *error = dedup.status().message();
      return nullptr;
    }
  }
  rt->imports_ = std::make_unique<service::ImportService>(*rt->store_, rt->clock_, *rt->region_directory_);
  rt->imports_->RegisterHandlers(rt->services_->jobs());
  auto screening_config = LoadScreeningConfig(options.screening_settings, options.screening_rules);
  if (!screening_config.ok()) {
    *error = "screening settings are needed for screening jobs: " + screening_config.status().message() +
             " (pass --screening-settings and --screening-rules)";
    return nullptr;
  }
  rt->screening_ = std::make_unique<service::ScreeningService>(*rt->store_, rt->clock_,
                                                               std::move(screening_config).value());
  service::RegisterScreeningJob(rt->services_->jobs(), *rt->screening_);
  if (auto started = rt->services_->jobs().Start(); !started.ok()) {
    *error = "cannot start background jobs: " + started.message();
    return nullptr;
  }
  rt->health_ = std::make_unique<api::HealthProbe>(*rt->store_);
  std::string openapi_json;
  try {
    openapi_json = YamlToJson(kOpenApiYaml);
  } catch (const std::exception& e) {
    *error = e.what();
    return nullptr;
  }
  rt->deps_ = std::make_unique<api::ApiDependencies>(
      api::ApiDependencies{*rt->services_, rt->metrics_, *rt->health_, std::move(openapi_json), options.secure_cookies,
                           std::filesystem::path(options.work_dir) / "uploads", rt->screening_.get()});
  store::Store& store = *rt->store_;
  rt->metrics_.AddGaugeSource([&store] { return PoolGauges(store); });
  rt->metrics_.AddGaugeSource([&store] { return OutboxGauges(store); });
  http::AccessLogSink access_log;
  try {
    access_log = MakeAccessLog(options.access_log);
  } catch (const std::exception& e) {
    *error = "cannot open the access log '" + options.access_log + "': " + e.what();
    return nullptr;
  }
  rt->application_ = std::make_unique<http::Application>(api::BuildRouter(*rt->deps_), std::move(static_files),
                                                         rt->metrics_, std::move(access_log), options.server);
  http::Application* application = rt->application_.get();
  rt->server_ = std::make_unique<http::Server>(
      options.server,
      [application](http::Request&& req, const std::string& client) { return application->Handle(std::move(req), client); },
      [application](http::Status status, std::string_view code, std::string_view message) {
        return application->ReadError(status, code, message);
      });
  if (!rt->server_->Listen(error)) return nullptr;
  if (!options.smtp.host.empty()) {
    rt->mail_transport_ = std::make_unique<SmtpMailTransport>(options.smtp);
    rt->outbox_sender_ =
        std::make_unique<service::OutboxSender>(store, rt->clock_, *rt->mail_transport_, options.outbox);
    service::OutboxSender* sender = rt->outbox_sender_.get();
    rt->outbox_task_ = std::make_unique<PeriodicTask>("email outbox", options.outbox_poll, [sender] { RunOutbox(*sender); });
  }
  if (options.sweep_interval_seconds > 0) {
    service::ComplaintService* complaints = &rt->services_->complaints();
    const service::Clock* clock = &rt->clock_;
    rt->sweep_task_ = std::make_unique<PeriodicTask>(
        "complaint sweep", std::chrono::seconds(options.sweep_interval_seconds), [complaints, clock] {
          domain::Result<service::SweepSummary> swept = complaints->Sweep(clock->Now());
          if (!swept.ok()) spdlog::warn("complaint sweep failed (retried later): {}", swept.status().message());
          if (swept.ok() && swept->marked > 0) {
            spdlog::info("complaint sweep: {} complaints marked TIDAK_ADA_RESPON", swept->marked);
          }
        });
  }
  return rt;
}

ServerRuntime::~ServerRuntime() {
  if (outbox_task_) outbox_task_->Stop();
  if (sweep_task_) sweep_task_->Stop();
  if (auto logger = spdlog::get("access")) logger->flush();
  spdlog::drop("access");
}

}  // namespace tepat::app
