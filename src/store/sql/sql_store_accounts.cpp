// SqlStore: accounts and their region scopes.
#include <ctime>
#include <map>
#include <string>

#include "store/sql/query.hpp"
#include "store/sql/row_readers.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/statements.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

std::string AccountLabel(std::int64_t id) { return "account " + std::to_string(id); }

Status InsertScopes(Connection& connection, std::int64_t account_id, const std::vector<domain::RegionCode>& scopes) {
  for (const domain::RegionCode& scope : scopes) {
    Result<std::int64_t> done = connection.Exec(kInsertAccountScope, {account_id, scope.compact()});
    if (!done.ok()) return done.status();
  }
  return Status::Ok();
}

}  // namespace

Result<std::int64_t> SqlStore::CreateAccount(const domain::Account& account) {
  std::int64_t id = 0;
  Status created = WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      const domain::UnixSeconds created_at = account.created_at != 0 ? account.created_at : std::time(nullptr);
      Result<std::int64_t> inserted =
          QueryInt(tx, kInsertAccount,
                   {account.email, account.display_name, std::string(domain::RoleName(account.role)),
                    account.password_hash, std::int64_t{account.disabled ? 1 : 0}, created_at});
      if (!inserted.ok()) return inserted.status();
      id = *inserted;
      return InsertScopes(tx, id, account.scopes);
    });
  });
  if (created.code() == domain::ErrorCode::kAlreadyExists) {
    return domain::AlreadyExists("an account with this email already exists; use another email or edit that account");
  }
  if (!created.ok()) return created;
  return id;
}

Status SqlStore::LoadScopes(Connection& connection, domain::Account& account) {
  Result<std::vector<domain::RegionCode>> scopes = QueryAll<domain::RegionCode>(
      connection, kListScopesOfAccount, {account.id}, [](const Row& row) { return ReadRegionCode(row, 0); });
  if (!scopes.ok()) return scopes.status();
  account.scopes = std::move(scopes).value();
  return Status::Ok();
}

Result<std::optional<domain::Account>> SqlStore::FindAccount(const Statement& statement, const SqlParams& params) {
  return WithConnection([&](Connection& connection) -> Result<std::optional<domain::Account>> {
    Result<std::optional<domain::Account>> found =
        QueryOptional<domain::Account>(connection, statement, params, ReadAccount);
    if (!found.ok() || !found.value()) return found;
    if (Status loaded = LoadScopes(connection, *found.value()); !loaded.ok()) return loaded;
    return found;
  });
}

Result<std::optional<domain::Account>> SqlStore::FindAccountByEmail(const std::string& email) {
  return FindAccount(kFindAccountByEmail, {email});
}

Result<std::optional<domain::Account>> SqlStore::GetAccount(std::int64_t id) { return FindAccount(kGetAccount, {id}); }

Result<std::vector<domain::Account>> SqlStore::ListAccounts() {
  return WithConnection([&](Connection& connection) -> Result<std::vector<domain::Account>> {
    Result<std::vector<domain::Account>> accounts = QueryAll<domain::Account>(connection, kListAccounts, {}, ReadAccount);
    if (!accounts.ok()) return accounts;
    std::map<std::int64_t, domain::Account*> by_id;
    for (domain::Account& account : accounts.value()) by_id[account.id] = &account;
    Status bad_row;
    Status queried = connection.Query(kListAllScopes, {}, [&](const Row& row) {
      Result<domain::RegionCode> code = ReadRegionCode(row, 1);
      if (!code.ok()) {
        bad_row = code.status();
        return;
      }
      if (auto found = by_id.find(row.Int(0)); found != by_id.end()) found->second->scopes.push_back(*code);
    });
    if (!queried.ok()) return queried;
    if (!bad_row.ok()) return bad_row;
    return accounts;
  });
}

Status SqlStore::SetAccountDisabled(std::int64_t id, bool disabled) {
  return WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<std::int64_t> changed = tx.Exec(kSetAccountDisabled, {std::int64_t{disabled ? 1 : 0}, id});
      if (!changed.ok()) return changed.status();
      if (*changed == 0) return domain::NotFound(AccountLabel(id) + " does not exist");
      if (!disabled) return Status::Ok();
      Result<std::int64_t> ended = tx.Exec(kDeleteSessionsOfAccount, {id});
      return ended.ok() ? Status::Ok() : ended.status();
    });
  });
}

Status SqlStore::SetPasswordHash(std::int64_t id, const std::string& password_hash) {
  return ExecOne(kSetPasswordHash, {password_hash, id}, AccountLabel(id));
}

Status SqlStore::SetAccountScopes(std::int64_t id, const std::vector<domain::RegionCode>& scopes) {
  return WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<std::int64_t> exists = QueryInt(tx, kAccountExists, {id});
      if (!exists.ok()) return exists.status();
      if (*exists == 0) return domain::NotFound(AccountLabel(id) + " does not exist");
      if (Result<std::int64_t> cleared = tx.Exec(kDeleteAccountScopes, {id}); !cleared.ok()) return cleared.status();
      return InsertScopes(tx, id, scopes);
    });
  });
}

}  // namespace tepat::store::sql
