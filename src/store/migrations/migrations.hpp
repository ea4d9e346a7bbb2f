#pragma once
// Numbered schema migrations. One file per migration (migration_NNNN_name.cpp); AllMigrations() lists them.
#include <string_view>
#include <vector>

namespace tepat::store::migrations {

/// One schema change. `portable` runs on both engines after dialect tokens ({{ID_PRIMARY_KEY}}, {{BINARY_TEXT}})
/// are expanded; `sqlite` and `postgres` hold the engine-only rest (triggers, table rebuilds), run after
/// `portable`, tokens expanded too. An empty part is skipped.
/// A migration is never edited once released: a change is a new migration.
struct Migration {
  int version;
  std::string_view name;
  std::string_view portable;
  std::string_view sqlite;
  std::string_view postgres;
};

/// Every migration, in increasing version order, versions 1..n without gaps.
const std::vector<Migration>& AllMigrations();

const Migration& Migration0001Foundation();
const Migration& Migration0002RegionSearchName();
const Migration& Migration0003Registry();
const Migration& Migration0004Notifications();
const Migration& Migration0005Discussion();
const Migration& Migration0006Screening();
const Migration& Migration0007Complaints();
const Migration& Migration0008Jobs();
const Migration& Migration0009ComplaintListIndexes();
const Migration& Migration0010ScreeningNik();
const Migration& Migration0011Dedup();
const Migration& Migration0012RegistryKeyIndexes();
const Migration& Migration0013RegistryUpdatedAt();

}  // namespace tepat::store::migrations
