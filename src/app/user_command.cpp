// `tepat user`: create accounts and disable them from the command line.
#include <unistd.h>

#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/store_opener.hpp"
#include "service/crypto.hpp"
#include "service/services.hpp"

namespace tepat::app {
namespace {

constexpr std::size_t kGeneratedPasswordBytes = 10;  // 20 hex characters, in groups of 5

std::string GeneratePassword() {
  std::string hex = service::RandomHex(kGeneratedPasswordBytes);
  std::string out;
  for (std::size_t i = 0; i < hex.size(); ++i) {
    if (i > 0 && i % 5 == 0) out.push_back('-');
    out.push_back(hex[i]);
  }
  return out;
}

struct UserAddOptions {
  std::string db = kDefaultDbUrl;
  std::string email, role, name;
  std::vector<std::string> regions;
  bool password_stdin = false;
};

void AddUser(const UserAddOptions& o) {
  auto store = OpenMigratedStore(o.db, 1);
  service::SystemClock clock;
  service::Services services(*store, clock);
  std::string password;
  bool generated = false;
  if (o.password_stdin) {
    std::getline(std::cin, password);
  } else {
    password = GeneratePassword();
    generated = true;
  }
  service::NewAccount input{o.email, o.name.empty() ? o.email : o.name, o.role, password, o.regions};
  auto created = services.accounts().Create(service::Actor::System(), input);
  if (!created.ok()) throw ExitError(created.status().message());
  std::cout << "created account " << created.value().id << " " << created.value().email << " ("
            << domain::RoleName(created.value().role) << ")\n";
  if (generated) std::cout << "password (shown once): " << password << "\n";
}

}  // namespace

void RegisterUserCommand(CLI::App& root) {
  auto* user = root.add_subcommand("user", "Create and manage accounts");
  user->require_subcommand(1);
  auto options = std::make_shared<UserAddOptions>();
  auto* add = user->add_subcommand(
      "add",
      "Create an account. Without --password-stdin a password is generated and printed once.\n"
      "Example: tepat user add --email op@dinsos.id --role operator --region 35.10");
  add->add_option("--db", options->db, "Database URL")->capture_default_str();
  add->add_option("--email", options->email, "Login email")->required();
  add->add_option("--role", options->role,
                  "admin, operator, operator_desa, supervisor_kabupaten, admin_pemda, pic_korwil or warga")
      ->required();
  add->add_option("--region", options->regions, "Region scope (repeatable), e.g. 35.10 or 35.10.01.2001");
  add->add_option("--name", options->name, "Display name (default: the email)");
  add->add_flag("--password-stdin", options->password_stdin, "Read the password from the first line of stdin");
  add->callback([options] { AddUser(*options); });

  auto disable_db = std::make_shared<std::string>(kDefaultDbUrl);
  auto disable_email = std::make_shared<std::string>();
  auto* disable = user->add_subcommand("disable", "Disable an account and end its sessions.\nExample: tepat user disable --email op@dinsos.id");
  disable->add_option("--db", *disable_db, "Database URL")->capture_default_str();
  disable->add_option("--email", *disable_email, "Login email")->required();
  disable->callback([disable_db, disable_email] {
    auto store = OpenMigratedStore(*disable_db, 1);
    service::SystemClock clock;
    service::Services services(*store, clock);
    auto email = service::NormalizeEmail(*disable_email);
    if (!email.ok()) throw ExitError(email.status().message());
    auto found = store->FindAccountByEmail(email.value());
    if (!found.ok() || !found.value()) throw ExitError("no account with that email");
    auto done = services.accounts().SetDisabled(service::Actor::System(), found.value()->id, true);
    if (!done.ok()) throw ExitError(done.status().message());
    std::cout << "disabled account " << found.value()->id << "\n";
  });
}

}  // namespace tepat::app
