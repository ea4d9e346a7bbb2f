#pragma once
// Services: every use case of Tepat wired over one Store and one Clock. Built once by the app.
#include <memory>

#include "service/account_service.hpp"
#include "service/auditor.hpp"
#include "service/auth_service.hpp"
#include "service/clock.hpp"
#include "service/dedup_service.hpp"
#include "service/discussion_service.hpp"
#include "service/notification_service.hpp"
#include "service/complaint_notifier.hpp"
#include "service/complaint_publisher.hpp"
#include "service/complaint_registry_service.hpp"
#include "service/complaint_report_service.hpp"
#include "service/complaint_service.hpp"
#include "service/job_runner.hpp"
#include "service/password_hasher.hpp"
#include "service/region_service.hpp"
#include "service/registry_lookup_service.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Settings of the notification and discussion services.
struct CommunityConfig {
  NotificationConfig notifications;
  DiscussionConfig discussion;
};

/// Owns the services; borrows the store and clock, which must outlive it. Thread-safe like its members.
class Services {
 public:
  Services(store::Store& store, const Clock& clock, HashCost hash_cost = HashCost::kInteractive,
           AuthConfig auth_config = {}, CommunityConfig community = {}, ComplaintConfig complaint_config = {},
           JobRunnerConfig jobs_config = {})
      : store_(store),
        clock_(clock),
        hasher_(hash_cost),
        auditor_(store, clock),
        auth_(store, auditor_, clock, hasher_, auth_config),
        accounts_(store, auditor_, clock, hasher_),
        regions_(store),
        registry_lookup_(store, auditor_),
        notifications_(store, clock, std::move(community.notifications)),
        discussion_(store, auditor_, clock, notifications_, community.discussion),
        complaints_(store, auditor_, clock, std::move(complaint_config)),
        complaint_notifier_(notifications_, auditor_),
        complaint_publisher_(discussion_, auditor_),
        complaint_registry_(store, auditor_, registry_lookup_),
        complaint_reports_(store, auditor_, clock),
        dedup_(store, auditor_, clock),
        jobs_(store, clock, std::move(jobs_config)) {
    dedup_.RegisterHandler(jobs_);
    complaints_.AddListener(&complaint_notifier_);
    complaints_.AddListener(&complaint_publisher_);
  }

  store::Store& store() { return store_; }
  const Clock& clock() const { return clock_; }
  Auditor& auditor() { return auditor_; }
  AuthService& auth() { return auth_; }
  AccountService& accounts() { return accounts_; }
  RegionService& regions() { return regions_; }
  RegistryLookupService& registry_lookup() { return registry_lookup_; }
  NotificationService& notifications() { return notifications_; }
  DiscussionService& discussion() { return discussion_; }
  ComplaintService& complaints() { return complaints_; }
  /// The complaint listeners wired in the constructor: notifications (bell, email) and the public discussion.
  const ComplaintNotifier& complaint_notifier() const { return complaint_notifier_; }
  const ComplaintPublisher& complaint_publisher() const { return complaint_publisher_; }
  /// What the registry says about the NIKs of a complaint ("answering from the data").
  ComplaintRegistryService& complaint_registry() { return complaint_registry_; }
  /// The officials' complaint dashboard and export.
  ComplaintReportService& complaint_reports() { return complaint_reports_; }
  DedupService& dedup() { return dedup_; }
  /// Background jobs: register handlers of a kind, then Start() (the server does; see job_runner.hpp).
  JobRunner& jobs() { return jobs_; }

 private:
  store::Store& store_;
  const Clock& clock_;
  PasswordHasher hasher_;
  Auditor auditor_;
  AuthService auth_;
  AccountService accounts_;
  RegionService regions_;
  RegistryLookupService registry_lookup_;
  NotificationService notifications_;
  DiscussionService discussion_;
  ComplaintService complaints_;
  ComplaintNotifier complaint_notifier_;    ///< listens to complaints_
  ComplaintPublisher complaint_publisher_;  ///< listens to complaints_
  ComplaintRegistryService complaint_registry_;
  ComplaintReportService complaint_reports_;
  DedupService dedup_;  ///< registers the "dedup" job kind on jobs_
  JobRunner jobs_;  ///< last: stopped (handlers joined) before the other services go
};

}  // namespace tepat::service
