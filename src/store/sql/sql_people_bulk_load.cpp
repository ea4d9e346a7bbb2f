#include "store/sql/sql_people_bulk_load.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "store/sql/background_checkpointer.hpp"
#include "store/sql/batch_apply.hpp"
#include "store/sql/key_filter.hpp"
#include "store/sql/people_apply.hpp"
#include "store/sql/query.hpp"
#include "store/sql/registry_statements.hpp"
#include "store/sql/registry_tables.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

/// KeyFilter kinds: a NIK written to people, a KK written to households.
constexpr std::uint64_t kPersonKey = 1;
constexpr std::uint64_t kHouseholdKey = 2;
/// Held-back rows (about 1 KB each) beyond which the load finishes early and goes on as ordinary batches, so that
/// memory does not grow with the file (a file in NIK or KK order holds back few rows; a shuffled one, many).
constexpr std::size_t kMaxHeldBackRows = 40000;

void AddCounts(ApplyCounts& into, const ApplyCounts& more) {
  into.inserted += more.inserted;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
  into.history_rows += more.history_rows;
}

/// A row of a PeopleBatch.
struct PersonRef {
  const PeopleBatch* batch;
  std::size_t row;
  std::string_view nik() const { return batch->nik(row); }
};

/// True when no NIK of `people` repeats.
bool NiksDistinct(const std::vector<PersonRef>& people) {
  std::unordered_set<std::string_view> seen;
  seen.reserve(people.size());
  for (const PersonRef& person : people) {
    if (!seen.insert(person.nik()).second) return false;
  }
  return true;
}

class SqlPeopleBulkLoad final : public PeopleBulkLoad {
 public:
  // `writer`: the connection the load writes with, its bulk_load_begin already run.
  SqlPeopleBulkLoad(ConnectionPool& pool, ConnectionPool::Lease writer, const ChangeSource& source,
                    std::size_t batch_rows)
      : writer_(std::move(writer)), source_(source), batch_rows_(std::max<std::size_t>(batch_rows, 1)) {
    const std::string_view checkpoint = writer_->dialect().wal_checkpoint;
    // The checkpointer borrows a second connection: not with a pool of one (an in-memory database has no log).
    if (!checkpoint.empty() && pool.Stats().size >= 2) checkpointer_.emplace(pool, checkpoint);
  }

  ~SqlPeopleBulkLoad() override { RestoreWriter(); }

  Result<ApplyCounts> Apply(std::vector<PeopleBatch> batches) override {
    if (finished_) return domain::FailedPrecondition("the bulk load was finished; write ordinary batches");
    Connection& connection = *writer_;
    if (indexed_) {
      Result<PeopleApplyResult> applied = ApplyPeopleBatches(connection, batches, source_);
      if (!applied.ok()) return applied.status();
      Committed();
      return applied->people;
    }
    // A key written by an earlier transaction of the load is held back (its row would update a stored record,
    // which needs the index); every row of such a key in this transaction is, so rows of one key keep their order.
    const std::size_t held_people = held_people_.size(), held_households = held_households_.size();
    const std::vector<HouseholdOfPeople> households = HouseholdsOf(batches);
    std::vector<HouseholdOfPeople> households_now;
    for (const HouseholdOfPeople& household : households) {
      if (filter_.MayHaveSeen(kHouseholdKey, household.kk)) {
        held_households_.push_back(HouseholdBatchRow(household));
      } else {
        households_now.push_back(household);
      }
    }
    std::vector<PersonRef> people_now;
    for (const PeopleBatch& batch : batches) {
      for (std::size_t r = 0; r < batch.size(); ++r) {
        if (filter_.MayHaveSeen(kPersonKey, batch.nik(r))) {
          held_people_.push_back(PersonBatchRow(batch, r));
        } else {
          people_now.push_back({&batch, r});
        }
      }
    }
    // Remembered before the rows are written. Should the transaction fail, a key remembered too early only holds a
    // later row back (which is then applied with look-ups: still correct). A key not held back that the filter
    // may have seen now was seen in this transaction (or is a false positive): then its rows are replayed.
    bool maybe_repeated = false;
    for (const PersonRef& person : people_now) maybe_repeated |= filter_.Add(kPersonKey, person.nik());
    for (const HouseholdOfPeople& household : households) filter_.Add(kHouseholdKey, household.kk);
    ApplyCounts counts;
    Status written = RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<ApplyCounts> people = InsertPeople(tx, people_now, maybe_repeated);
      if (!people.ok()) return people.status();
      Status households = InsertNewRows(
          tx, HouseholdsTable(), households_now.size(), source_,
          [&](std::size_t i) { return households_now[i].kk; },
          [&](std::size_t i, SqlParams& params) {
            const HouseholdOfPeople& household = households_now[i];
            params.emplace_back(household.kk);
            if (household.head_nik.empty()) {
              params.emplace_back(nullptr);  // a new record: "keep" is NULL
            } else {
              params.emplace_back(household.head_nik);
            }
            params.emplace_back(household.desa);
          });
      if (!households.ok()) return households;
      counts = *people;
      return Status::Ok();
    });
    if (!written.ok()) {
      held_people_.resize(held_people);  // nothing of this call was written
      held_households_.resize(held_households);
      return written;
    }
    Committed();
    if (held_people_.size() + held_households_.size() > kMaxHeldBackRows) {
      Result<ApplyCounts> held = BuildIndexesAndApplyHeldBack(connection);
      if (!held.ok()) return held.status();
      AddCounts(counts, *held);
    }
    return counts;
  }

  Result<ApplyCounts> Finish() override {
    if (finished_) return domain::FailedPrecondition("the bulk load was finished already");
    finished_ = true;
    Result<ApplyCounts> held = indexed_ ? ApplyCounts{} : BuildIndexesAndApplyHeldBack(*writer_);
    // The log the load grew is copied back now, once, rather than by whichever commit comes next.
    if (checkpointer_) checkpointer_->Drain();
    RestoreWriter();
    return held;
  }

 private:
  // A write transaction of the load committed: the log it grew is copied back on the checkpointer's thread.
  void Committed() {
    if (checkpointer_) checkpointer_->Notify();
  }

  // Gives the writer connection its usual settings back (once).
  void RestoreWriter() {
    if (restored_) return;
    restored_ = true;
    (void)writer_->ExecScript(writer_->dialect().bulk_load_end);  // failing leaves only a larger log between checkpoints
  }

  // Inserts `people` (keys not stored) on `tx`: their cells bound as they are when no NIK repeats (the usual case;
  // checked only when `maybe_repeated`), else replayed as an ordinary batch would (ApplyBatch without look-ups).
  Result<ApplyCounts> InsertPeople(Connection& tx, const std::vector<PersonRef>& people, bool maybe_repeated) {
    if (maybe_repeated && !NiksDistinct(people)) {
      std::vector<BatchRow> rows;
      rows.reserve(people.size());
      for (const PersonRef& person : people) rows.push_back(PersonBatchRow(*person.batch, person.row));
      return ApplyBatch(tx, PeopleTable(), std::move(rows), source_, StoredKeys::kNone);
    }
    Status inserted = InsertNewRows(
        tx, PeopleTable(), people.size(), source_, [&](std::size_t i) { return people[i].nik(); },
        [&](std::size_t i, SqlParams& params) {
          const CellRows& cells = people[i].batch->cells();
          const std::size_t row = people[i].row;
          for (std::size_t c = 0; c < cells.width(); ++c) {
            if (cells.op(row, c) == CellRows::Op::kSet) {
              params.emplace_back(cells.text(row, c));
            } else {
              params.emplace_back(nullptr);  // a new record: "keep" and "clear" are both NULL
            }
          }
        });
    if (!inserted.ok()) return inserted;
    ApplyCounts counts;
    counts.inserted = static_cast<std::int64_t>(people.size());
    return counts;
  }

  // Builds the unique key indexes (one transaction), applies the held-back rows in file order, batch_rows_ per
  // transaction, then builds people's KK index (one transaction; after the rows, whose updates set every column, so
  // that they do not rewrite its pages); from then on the load writes ordinary batches. Returns the held-back
  // people's counts. Should it fail half-way, the next Migrate or ordinary people batch builds what is missing.
  Result<ApplyCounts> BuildIndexesAndApplyHeldBack(Connection& connection) {
    const Dialect& dialect = connection.dialect();
    if (Status built = BuildIndexes(connection, dialect.registry_unique_key_indexes_create); !built.ok()) return built;
    indexed_ = true;
    ApplyCounts counts;
    Status people = ApplyHeldBack(connection, PeopleTable(), held_people_, &counts);
    if (!people.ok()) return people;
    Status households = ApplyHeldBack(connection, HouseholdsTable(), held_households_, nullptr);
    if (!households.ok()) return households;
    if (Status built = BuildIndexes(connection, dialect.registry_key_indexes_create); !built.ok()) return built;
    return counts;
  }

  // Runs `script` (index builds) in one write transaction, with the dialect's settings for building indexes.
  Status BuildIndexes(Connection& connection, std::string_view script) {
    const Dialect& dialect = connection.dialect();
    if (Status set = connection.ExecScript(dialect.bulk_index_build_begin); !set.ok()) return set;
    Status built = RunInWriteTransaction(connection, [&](Connection& tx) { return tx.ExecScript(script); });
    Status reset = connection.ExecScript(dialect.bulk_index_build_end);
    if (!built.ok()) return built;
    Committed();
    return reset;
  }

  // Applies `rows` to `table` (stored keys looked up) in transactions of batch_rows_, adding the counts to
  // `*counts` when it is not null; empties `rows`.
  Status ApplyHeldBack(Connection& connection, const EntityTable& table, std::vector<BatchRow>& rows,
                       ApplyCounts* counts) {
    for (std::size_t first = 0; first < rows.size(); first += batch_rows_) {
      const std::size_t last = std::min(rows.size(), first + batch_rows_);
      std::vector<BatchRow> chunk(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(first)),
                                  std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(last)));
      Status written = RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
        Result<ApplyCounts> applied = ApplyBatch(tx, table, std::move(chunk), source_);
        if (!applied.ok()) return applied.status();
        if (counts != nullptr) AddCounts(*counts, *applied);
        return Status::Ok();
      });
      if (!written.ok()) return written;
      Committed();
    }
    rows.clear();
    rows.shrink_to_fit();
    return Status::Ok();
  }

  ConnectionPool::Lease writer_;  // held for the whole load
  const ChangeSource source_;
  const std::size_t batch_rows_;
  std::optional<BackgroundCheckpointer> checkpointer_;  // after writer_: stops before it is returned
  KeyFilter filter_;
  std::vector<BatchRow> held_people_;      // file order
  std::vector<BatchRow> held_households_;  // file order of each KK's last row in its transaction
  bool indexed_ = false;   // the indexes were built: Apply writes ordinary batches
  bool finished_ = false;
  bool restored_ = false;  // bulk_load_end was run on writer_
};

}  // namespace

Result<std::unique_ptr<PeopleBulkLoad>> BeginSqlPeopleBulkLoad(ConnectionPool& pool, const ChangeSource& source,
                                                               std::size_t batch_rows) {
  Result<ConnectionPool::Lease> lease = pool.Acquire();
  if (!lease.ok()) return lease.status();
  Connection& connection = **lease;
  const std::string_view drop = connection.dialect().registry_key_indexes_drop;
  if (drop.empty()) return std::unique_ptr<PeopleBulkLoad>();
  bool empty = false;  // and no other bulk load running
  Status begun = RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
    Result<std::int64_t> stored = QueryInt(tx, kPeopleOrHouseholdsStored, {});
    if (!stored.ok()) return stored.status();
    // Without the key index another load is running (two loads could write one NIK twice): load in ordinary
    // batches, whose first transaction builds the indexes again.
    Result<std::int64_t> indexed = QueryInt(tx, tx.dialect().registry_key_index_exists, {});
    if (!indexed.ok()) return indexed.status();
    empty = *stored == 0 && *indexed == 1;
    return empty ? tx.ExecScript(drop) : Status::Ok();
  });
  if (!begun.ok()) return begun;
  if (!empty) return std::unique_ptr<PeopleBulkLoad>();
  if (Status set = connection.ExecScript(connection.dialect().bulk_load_begin); !set.ok()) return set;
  return std::unique_ptr<PeopleBulkLoad>(new SqlPeopleBulkLoad(pool, std::move(lease).value(), source, batch_rows));
}

}  // namespace tepat::store::sql
