#pragma once
// Store: the one persistence interface of Tepat. Returns domain types; hides SQL and the database engine.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/audit_entry.hpp"
#include "domain/region.hpp"
#include "domain/session.hpp"
#include "domain/status.hpp"

namespace tepat::store {

using domain::Result;
using domain::Status;

/// Result of checking the audit chain.
struct AuditVerification {
  bool intact = true;
  std::int64_t rows_checked = 0;
  std::int64_t first_bad_id = 0;   ///< 0 when intact
  std::string reason;              ///< why the first bad row is bad ("hash mismatch", "row missing before id N", ...)
};

/// Counts of the connection pool, for /metrics.
struct PoolStats {
  int size = 0;
  int in_use = 0;
  int open = 0;            ///< connections currently open (at most `size`)
  std::int64_t waits = 0;  ///< how often a caller had to wait for a free connection
};

/// Persistence for every Tepat object. Implementations are thread-safe: each call borrows a pooled connection.
/// Methods return kUnavailable when the database cannot be reached and kInternal on unexpected SQL errors;
/// the message never contains personal data.
class Store {
 public:
  virtual ~Store() = default;

  // --- schema -------------------------------------------------------------------------------------------------
  /// Applies every numbered migration not yet recorded in the schema table, each in its own transaction.
  virtual Status Migrate() = 0;
  /// Highest applied migration number (0 for an empty database).
  virtual Result<int> SchemaVersion() = 0;
  /// True when a trivial query succeeds.
  virtual bool Ping() = 0;
  virtual PoolStats Pool() const = 0;
  /// "sqlite" or "postgresql".
  virtual std::string EngineName() const = 0;

  // --- regions ------------------------------------------------------------------------------------------------
  /// Inserts or updates regions (by code) in one transaction. Parents must precede children in `regions`
  /// or already exist.
  virtual Status UpsertRegions(const std::vector<domain::Region>& regions) = 0;
  virtual Result<std::int64_t> CountRegions() = 0;
  virtual Result<std::optional<domain::Region>> GetRegion(const domain::RegionCode& code) = 0;
  /// Children of `parent` ordered by code; provinces when `parent` is nullopt.
  virtual Result<std::vector<domain::Region>> ListChildRegions(const std::optional<domain::RegionCode>& parent) = 0;
  /// Regions whose name contains `query` (case-insensitive), ordered by level then name, at most `limit`.
  virtual Result<std::vector<domain::Region>> SearchRegions(const std::string& query, int limit) = 0;
  /// The regions above `code`, province first (empty for a province); levels missing from the table are
  /// skipped. The default implementation looks each one up with GetRegion.
  virtual Result<std::vector<domain::Region>> ListRegionAncestors(const domain::RegionCode& code);

  // --- accounts -----------------------------------------------------------------------------------------------
  /// Creates an account (email must be unique, lower-cased by the caller); returns its id. kAlreadyExists if taken.
  virtual Result<std::int64_t> CreateAccount(const domain::Account& account) = 0;
  virtual Result<std::optional<domain::Account>> FindAccountByEmail(const std::string& email) = 0;
  virtual Result<std::optional<domain::Account>> GetAccount(std::int64_t id) = 0;
  virtual Result<std::vector<domain::Account>> ListAccounts() = 0;
  /// Disables or enables an account. Disabling also deletes all its sessions, in the same transaction.
  /// kNotFound for an unknown id.
  virtual Status SetAccountDisabled(std::int64_t id, bool disabled) = 0;
  /// Replaces the password hash. kNotFound for an unknown id.
  virtual Status SetPasswordHash(std::int64_t id, const std::string& password_hash) = 0;
  /// Replaces the region scopes of an account, in one transaction. kNotFound for an unknown account.
  virtual Status SetAccountScopes(std::int64_t id, const std::vector<domain::RegionCode>& scopes) = 0;

  // --- sessions -----------------------------------------------------------------------------------------------
  /// Stores a new session. Fails (kInternal) when the account does not exist.
  virtual Status CreateSession(const domain::Session& session) = 0;
  virtual Result<std::optional<domain::Session>> FindSession(const std::string& token_hash) = 0;
  /// Sets last_seen_at. kNotFound when the session no longer exists.
  virtual Status TouchSession(const std::string& token_hash, domain::UnixSeconds now) = 0;
  /// Deletes one session; OK when it did not exist.
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  virtual Status DeleteSessionsOfAccount(std::int64_t account_id) = 0;
  /// Removes sessions idle since before `idle_cutoff` or past their absolute expiry at `now`.
  virtual Status DeleteExpiredSessions(domain::UnixSeconds now, domain::UnixSeconds idle_cutoff) = 0;

  // --- login throttling ---------------------------------------------------------------------------------------
  /// Records a failed login for a key ("acct:<id or email hash>" or "ip:<address>").
  virtual Status RecordLoginFailure(const std::string& key, domain::UnixSeconds at) = 0;
  /// Failures for `key` at or after `since`.
  virtual Result<int> CountLoginFailures(const std::string& key, domain::UnixSeconds since) = 0;
  /// Forgets the failures of `key` (after a successful login).
  virtual Status ClearLoginFailures(const std::string& key) = 0;

  // --- audit log ----------------------------------------------------------------------------------------------
  /// Appends an entry: assigns id, reads the last hash and stores prev_hash and hash, atomically (concurrent
  /// appenders are serialised). Returns the stored entry.
  virtual Result<domain::AuditEntry> AppendAudit(domain::AuditEntry entry) = 0;
  /// Newest first, at most `limit`, with id < `before_id` when it is non-zero.
  virtual Result<std::vector<domain::AuditEntry>> ListAudit(int limit, std::int64_t before_id) = 0;
  /// Walks the whole chain in id order, recomputing every hash.
  virtual Result<AuditVerification> VerifyAudit() = 0;
};

/// Opens a store from a URL: "sqlite:PATH" (file created if missing; ":memory:" allowed) or "postgresql://...".
/// Returns kInvalidArgument for an unknown scheme and kUnavailable when the database cannot be opened or reached,
/// with a message that says which and what to do. Does not migrate.
Result<std::unique_ptr<Store>> OpenStore(const std::string& url, int pool_size = 8);

}  // namespace tepat::store
