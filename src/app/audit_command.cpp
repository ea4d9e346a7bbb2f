// `tepat audit verify`: check the hash chain of the audit log.
#include <iostream>

#include "app/cli.hpp"
#include "app/exit_error.hpp"
#include "app/store_opener.hpp"

namespace tepat::app {

void RegisterAuditCommand(CLI::App& root) {
  auto* audit = root.add_subcommand("audit", "Audit log tools");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand(
      "verify", "Recompute every hash of the audit log; exit 1 naming the first bad row.\nExample: tepat audit verify");
  auto db = std::make_shared<std::string>(kDefaultDbUrl);
  verify->add_option("--db", *db, "Database URL")->capture_default_str();
  verify->callback([db] {
    auto store = OpenMigratedStore(*db, 1);
    auto result = store->VerifyAudit();
    if (!result.ok()) throw ExitError("cannot read the audit log: " + result.status().message(), 2);
    const store::AuditVerification& v = result.value();
    if (!v.intact) {
      throw ExitError("audit log is NOT intact: first bad row id " + std::to_string(v.first_bad_id) + " (" +
                      v.reason + "); " + std::to_string(v.rows_checked) + " rows checked");
    }
    std::cout << "audit log intact: " << v.rows_checked << " rows checked\n";
  });
}

}  // namespace tepat::app
