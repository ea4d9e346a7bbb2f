#include "service/auth_service.hpp"

#include <algorithm>
#include <cctype>

#include "service/crypto.hpp"
#include "service/password_policy.hpp"

namespace tepat::service {
namespace {

constexpr std::size_t kTokenBytes = 32;  // 256-bit session tokens
constexpr std::size_t kCsrfBytes = 32;
constexpr std::size_t kTokenHexChars = kTokenBytes * 2;
constexpr std::size_t kMaxEmailChars = 254;
constexpr std::size_t kMaxNameChars = 120;
constexpr const char* kWrongCredentials = "Wrong email or password.";

bool IsHexToken(const std::string& token) {
  return token.size() == kTokenHexChars &&
         std::all_of(token.begin(), token.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

domain::Result<std::string> NormalizeEmail(const std::string& email) {
  std::string out;
  for (char c : email) {
    if (!std::isspace(static_cast<unsigned char>(c))) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  std::size_t at = out.find('@');
  if (out.empty() || out.size() > kMaxEmailChars || at == std::string::npos || at == 0 ||
      out.find('.', at) == std::string::npos || out.back() == '.' || out.find('@', at + 1) != std::string::npos) {
    return domain::InvalidArgument("email: enter an address like nama@contoh.id");
  }
  return out;
}

AuthService::AuthService(store::Store& store, Auditor& auditor, const Clock& clock, const PasswordHasher& hasher,
                         AuthConfig config)
    : store_(store), auditor_(auditor), clock_(clock), hasher_(hasher), config_(config) {}

const std::string& AuthService::DummyHash() {
  std::call_once(dummy_once_, [this] {
    auto dummy = hasher_.Hash(RandomHex(16));
    if (dummy.ok()) dummy_hash_ = dummy.value();
  });
  return dummy_hash_;
}

domain::Status AuthService::CheckThrottle(const std::string& account_key, const std::string& address_key) {
  domain::UnixSeconds since = clock_.Now() - config_.failure_window;
  auto by_account = store_.CountLoginFailures(account_key, since);
  if (!by_account.ok()) return by_account.status();
  auto by_address = store_.CountLoginFailures(address_key, since);
  if (!by_address.ok()) return by_address.status();
  if (by_account.value() >= config_.max_failures_per_account || by_address.value() >= config_.max_failures_per_address) {
    return {domain::ErrorCode::kTooManyRequests, "Too many failed logins. Wait 15 minutes and try again."};
  }
  return domain::Status::Ok();
}

void AuthService::RecordFailure(const std::string& account_key, const std::string& address_key) {
  domain::UnixSeconds now = clock_.Now();
  (void)store_.RecordLoginFailure(account_key, now);
  (void)store_.RecordLoginFailure(address_key, now);
}

domain::Result<LoginResult> AuthService::Login(const std::string& email, const std::string& password,
                                                const std::string& client_address) {
  Actor guest = Actor::Guest(client_address);
  auto normalized = NormalizeEmail(email);
  if (!normalized.ok()) return domain::Unauthenticated(kWrongCredentials);
  // Keys hold a hash of the email so the throttle table holds no address in clear.
  std::string account_key = "acct:" + Sha256Hex(normalized.value());
  std::string address_key = "ip:" + client_address;
  if (auto throttled = CheckThrottle(account_key, address_key); !throttled.ok()) {
    (void)auditor_.Record(guest, "auth.login", {"account", ""}, domain::AuditOutcome::kDenied, "throttled");
    return throttled;
  }
  auto found = store_.FindAccountByEmail(normalized.value());
  if (!found.ok()) return found.status();
  const std::optional<domain::Account>& account = found.value();
  bool password_ok = account ? hasher_.Verify(password, account->password_hash) : hasher_.Verify(password, DummyHash());
  if (!account || !password_ok || account->disabled) {
    RecordFailure(account_key, address_key);
    std::string object_id = account ? std::to_string(account->id) : "";
    (void)auditor_.Record(guest, "auth.login", {"account", object_id}, domain::AuditOutcome::kDenied,
                          account && account->disabled ? "account disabled" : "wrong credentials");
    return domain::Unauthenticated(kWrongCredentials);
  }
  (void)store_.ClearLoginFailures(account_key);
  auto started = StartSession(*account);
  if (!started.ok()) return started;
  Actor actor{account, client_address};
  (void)auditor_.Record(actor, "auth.login", {"account", std::to_string(account->id)}, domain::AuditOutcome::kSuccess);
  return started;
}

domain::Result<LoginResult> AuthService::StartSession(const domain::Account& account) {
  LoginResult result;
  result.token = RandomHex(kTokenBytes);
  result.account = account;
  domain::UnixSeconds now = clock_.Now();
  result.session.token_hash = Sha256Hex(result.token);
  result.session.account_id = account.id;
  result.session.csrf_token = RandomHex(kCsrfBytes);
  result.session.created_at = now;
  result.session.last_seen_at = now;
  result.session.absolute_expiry = now + config_.absolute_timeout;
  if (auto created = store_.CreateSession(result.session); !created.ok()) return created;
  return result;
}

domain::Result<Authenticated> AuthService::Authenticate(const std::string& token) {
  if (!IsHexToken(token)) return domain::Unauthenticated("Log in first.");
  std::string token_hash = Sha256Hex(token);
  auto found = store_.FindSession(token_hash);
  if (!found.ok()) return found.status();
  if (!found.value()) return domain::Unauthenticated("Your session has ended. Log in again.");
  domain::Session session = *found.value();
  domain::UnixSeconds now = clock_.Now();
  if (now >= session.absolute_expiry || now - session.last_seen_at >= config_.idle_timeout) {
    (void)store_.DeleteSession(token_hash);
    return domain::Unauthenticated("Your session has ended. Log in again.");
  }
  auto account = store_.GetAccount(session.account_id);
  if (!account.ok()) return account.status();
  if (!account.value() || account.value()->disabled) return domain::Unauthenticated("Your session has ended. Log in again.");
  if (now - session.last_seen_at >= config_.touch_interval) {
    (void)store_.TouchSession(token_hash, now);
    session.last_seen_at = now;
  }
  return Authenticated{std::move(session), std::move(*account.value())};
}

domain::Status AuthService::Logout(const std::string& token, const Actor& actor) {
  if (!IsHexToken(token)) return domain::Status::Ok();
  auto deleted = store_.DeleteSession(Sha256Hex(token));
  (void)auditor_.Record(actor, "auth.logout", {"account", std::to_string(actor.Id())},
                        deleted.ok() ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed);
  return deleted;
}

domain::Status AuthService::LogoutEverywhere(const Actor& actor) {
  if (!actor.account) return domain::Unauthenticated("Log in first.");
  auto deleted = store_.DeleteSessionsOfAccount(actor.account->id);
  (void)auditor_.Record(actor, "auth.logout_all", {"account", std::to_string(actor.Id())},
                        deleted.ok() ? domain::AuditOutcome::kSuccess : domain::AuditOutcome::kFailed);
  return deleted;
}

domain::Result<LoginResult> AuthService::RegisterCitizen(const std::string& email, const std::string& password,
                                                          const std::string& display_name,
                                                          const std::string& client_address) {
  auto normalized = NormalizeEmail(email);
  if (!normalized.ok()) return normalized.status();
  if (display_name.empty() || display_name.size() > kMaxNameChars) {
    return domain::InvalidArgument("display_name: enter your name (1 to 120 characters)");
  }
  if (auto policy = CheckPassword(password, normalized.value()); !policy.ok()) return policy;
  auto hash = hasher_.Hash(password);
  if (!hash.ok()) return hash.status();
  domain::Account account;
  account.email = normalized.value();
  account.display_name = display_name;
  account.role = domain::Role::kWarga;
  account.password_hash = hash.value();
  account.created_at = clock_.Now();
  auto id = store_.CreateAccount(account);
  Actor guest = Actor::Guest(client_address);
  if (!id.ok()) {
    (void)auditor_.Record(guest, "account.register", {"account", ""}, domain::AuditOutcome::kFailed,
                          domain::ErrorCodeName(id.status().code()));
    if (id.status().code() == domain::ErrorCode::kAlreadyExists) {
      return domain::AlreadyExists("email: an account with this email exists; log in or use another email");
    }
    return id.status();
  }
  account.id = id.value();
  (void)auditor_.Record(Actor{account, client_address}, "account.register", {"account", std::to_string(account.id)},
                        domain::AuditOutcome::kSuccess);
  return StartSession(account);
}

}  // namespace tepat::service
