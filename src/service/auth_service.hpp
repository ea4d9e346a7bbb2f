#pragma once
// AuthService: login with email and password, server-side sessions, logout, citizen self-registration,
// and login throttling per account and per client address.
#include <mutex>
#include <string>

#include "domain/account.hpp"
#include "domain/session.hpp"
#include "service/actor.hpp"
#include "service/auditor.hpp"
#include "service/clock.hpp"
#include "service/password_hasher.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// Session lifetimes and throttling limits.
struct AuthConfig {
  domain::UnixSeconds idle_timeout = 2 * 3600;       ///< a session unused this long ends
  domain::UnixSeconds absolute_timeout = 12 * 3600;  ///< a session ends this long after login, whatever happens
  domain::UnixSeconds touch_interval = 60;           ///< last_seen is written at most this often
  int max_failures_per_account = 5;                  ///< within `failure_window`, then the account is throttled
  int max_failures_per_address = 30;                 ///< within `failure_window`, then the address is throttled
  domain::UnixSeconds failure_window = 15 * 60;
};

/// A new session: the raw token goes into the cookie and nowhere else.
struct LoginResult {
  std::string token;
  domain::Session session;
  domain::Account account;
};

/// A request's verified session and its account.
struct Authenticated {
  domain::Session session;
  domain::Account account;
};

/// Thread-safe.
class AuthService {
 public:
  AuthService(store::Store& store, Auditor& auditor, const Clock& clock, const PasswordHasher& hasher,
              AuthConfig config = {});

  /// Checks email and password. kUnauthenticated for a wrong pair or a disabled account (same message, so
  /// nobody learns which emails exist); kTooManyRequests when throttled. Every attempt is audited.
  domain::Result<LoginResult> Login(const std::string& email, const std::string& password,
                                    const std::string& client_address);
  /// The session behind a raw token. kUnauthenticated when absent, malformed, expired, or the account is disabled.
  domain::Result<Authenticated> Authenticate(const std::string& token);
  /// Ends the session of `token`.
  domain::Status Logout(const std::string& token, const Actor& actor);
  /// Ends every session of the actor's account.
  domain::Status LogoutEverywhere(const Actor& actor);
  /// Creates a citizen (warga) account and logs it in. kInvalidArgument for a bad email, name or password;
  /// kAlreadyExists when the email is taken.
  domain::Result<LoginResult> RegisterCitizen(const std::string& email, const std::string& password,
                                              const std::string& display_name, const std::string& client_address);

 private:
  domain::Result<LoginResult> StartSession(const domain::Account& account);
  domain::Status CheckThrottle(const std::string& account_key, const std::string& address_key);
  void RecordFailure(const std::string& account_key, const std::string& address_key);

  store::Store& store_;
  Auditor& auditor_;
  const Clock& clock_;
  const PasswordHasher& hasher_;
  AuthConfig config_;
  /// Hash verified against when the email is unknown, so timing does not reveal it. Made on first use: an
  /// Argon2id hash needs 64 MiB, which an idle server should not hold.
  const std::string& DummyHash();
  std::once_flag dummy_once_;
  std::string dummy_hash_;
};

/// Lower-cases and trims an email; kInvalidArgument naming the field when it is not a plausible address.
domain::Result<std::string> NormalizeEmail(const std::string& email);

}  // namespace tepat::service
