// SqlStore: bulk registry reads for screening (keyset-paged scans, data version) and stored screening runs.
#include <algorithm>
#include <string>

#include "fmt/format.h"
#include "store/sql/batch_apply.hpp"
#include "store/sql/query.hpp"
#include "store/sql/registry_readers.hpp"
#include "store/sql/screening_statements.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace tepat::store::sql {
namespace {

// Rows per multi-row INSERT of screening rows (10 parameters each, below both engines' parameter limits).
constexpr int kScreeningRowBatch = 500;
constexpr int kMinPageSize = 1;

// Reads a table page by page into a TextRowPage of `columns` cells per row; column 0 holds the row id the next page
// starts after.
Status ScanCells(Connection& connection, const Statement& statement, std::size_t columns, int page_size,
                 const std::function<Status(TextRowPage&)>& visit) {
  const std::int64_t limit = std::max(page_size, kMinPageSize);
  const int cells = static_cast<int>(columns);
  TextRowPage page(columns);
  std::int64_t after = 0;
  while (true) {
    page.Reset(columns);
    std::int64_t last = after;
    Status queried = connection.Query(statement, {after, limit}, [&](const Row& row) {
      for (int column = 0; column < cells; ++column) page.Append(row.Text(column));
      last = row.Int(0);
    });
    if (!queried.ok()) return queried;
    const std::size_t rows = page.rows();
    if (rows == 0) return Status::Ok();
    if (Status visited = visit(page); !visited.ok()) return visited;
    if (static_cast<std::int64_t>(rows) < limit) return Status::Ok();
    after = last;
  }
}

const Statement& InsertScreeningRows(int rows) {
  static const std::string kBatchText = [] {
    std::string text(kInsertScreeningRowsHead);
    for (int i = 0; i < kScreeningRowBatch; ++i) {
      if (i > 0) text.append(", ");
      text.append(kInsertScreeningRowValues);
    }
    return text;
  }();
  static const std::string kOneText = std::string(kInsertScreeningRowsHead) + std::string(kInsertScreeningRowValues);
  static const Statement kBatch{"insert_screening_rows", kBatchText};
  static const Statement kOne{"insert_screening_row", kOneText};
  return rows == kScreeningRowBatch ? kBatch : kOne;
}

void AppendRowParams(std::int64_t run_id, const ScreeningRowRecord& row, SqlParams& params) {
  params.emplace_back(run_id);
  params.emplace_back(row.line);
  params.emplace_back(row.nik);
  params.emplace_back(row.kk);
  params.emplace_back(row.name);
  params.emplace_back(row.desa);
  params.emplace_back(row.verdict);
  params.emplace_back(row.reasons);
  params.emplace_back(row.details);
  params.emplace_back(row.candidates);
}

Result<ScreeningRun> ReadScreeningRun(const Row& row) {
  ScreeningRun run;
  run.id = row.Int(0);
  run.job_id = row.Int(1);
  run.program_code = std::string(row.Text(2));
  run.period = std::string(row.Text(3));
  run.list_name = std::string(row.Text(4));
  run.settings = std::string(row.Text(5));
  run.data_version = std::string(row.Text(6));
  run.rows_total = row.Int(7);
  run.lolos = row.Int(8);
  run.perlu_verifikasi = row.Int(9);
  run.ditolak = row.Int(10);
  run.created_at = row.Int(11);
  run.created_by = row.Int(12);
  return run;
}

// The row's columns (TEPAT_SCREENING_ROW_COLUMNS order) starting at column `first`.
ScreeningRowRecord ScreeningRowFrom(const Row& row, int first) {
  ScreeningRowRecord record;
  record.line = row.Int(first);
  record.nik = std::string(row.Text(first + 1));
  record.kk = std::string(row.Text(first + 2));
  record.name = std::string(row.Text(first + 3));
  record.desa = std::string(row.Text(first + 4));
  record.verdict = std::string(row.Text(first + 5));
  record.reasons = std::string(row.Text(first + 6));
  record.details = std::string(row.Text(first + 7));
  record.candidates = std::string(row.Text(first + 8));
  return record;
}

Result<ScreeningRowRecord> ReadScreeningRow(const Row& row) { return ScreeningRowFrom(row, 0); }

Result<ScreeningRowOfRun> ReadScreeningRowOfRun(const Row& row) {
  Result<ScreeningRun> run = ReadScreeningRun(row);
  if (!run.ok()) return run.status();
  return ScreeningRowOfRun{.run = std::move(run).value(), .row = ScreeningRowFrom(row, kScreeningRunColumnCount)};
}

SqlParams FilterParams(std::int64_t run_id, const ScreeningRowQuery& query) {
  return {run_id, query.verdict, query.verdict, query.reason, "%," + query.reason + ",%"};
}

}  // namespace

Status SqlStore::ScanPeopleCells(const std::function<Status(TextRowPage&)>& visit, int page_size) {
  return WithConnection([&](Connection& connection) {
    return ScanCells(connection, kScanPeopleCells, person_cells::kCount, page_size, visit);
  });
}

Status SqlStore::ScanDtksCells(const std::function<Status(TextRowPage&)>& visit, int page_size) {
  return WithConnection([&](Connection& connection) {
    return ScanCells(connection, kScanDtksCells, dtks_cells::kCount, page_size, visit);
  });
}

Status SqlStore::ScanRecipientCells(const std::function<Status(TextRowPage&)>& visit, int page_size) {
  return WithConnection([&](Connection& connection) {
    return ScanCells(connection, kScanRecipientCells, recipient_cells::kCount, page_size, visit);
  });
}

Result<std::string> SqlStore::RegistryDataVersion() {
  return WithConnection([&](Connection& connection) -> Result<std::string> {
    std::string version;
    Status queried = connection.Query(kRegistryDataVersion, {}, [&](const Row& row) {
      version = fmt::format("people_max_id={}@{};dtks_max_id={}@{};recipients_max_id={}@{}", row.Int(0), row.Int(1),
                            row.Int(2), row.Int(3), row.Int(4), row.Int(5));
    });
    if (!queried.ok()) return queried;
    return version;
  });
}

Result<std::int64_t> SqlStore::CreateScreeningRun(const ScreeningRun& run) {
  const domain::UnixSeconds at = ChangeTime(ChangeSource{.at = run.created_at});
  return WithConnection([&](Connection& connection) -> Result<std::int64_t> {
    Result<std::int64_t> id = QueryInt(connection, kInsertScreeningRun,
                                       {run.job_id, run.program_code, run.period, run.list_name, at, run.created_by});
    if (id.status().code() == domain::ErrorCode::kAlreadyExists) {
      return domain::AlreadyExists(fmt::format("job {} has a screening run already", run.job_id));
    }
    return id;
  });
}

Status SqlStore::CompleteScreeningRun(std::int64_t run_id, const ScreeningRun& outcome,
                                      const std::vector<ScreeningRowRecord>& rows) {
  return WithConnection([&](Connection& connection) {
    return RunInWriteTransaction(connection, [&](Connection& tx) -> Status {
      Result<std::int64_t> updated =
          tx.Exec(kCompleteScreeningRun, {outcome.settings, outcome.data_version, outcome.rows_total, outcome.lolos,
                                          outcome.perlu_verifikasi, outcome.ditolak, run_id});
      if (!updated.ok()) return updated.status();
      if (*updated == 0) return domain::NotFound(fmt::format("screening run {} does not exist", run_id));
      if (Result<std::int64_t> deleted = tx.Exec(kDeleteScreeningRows, {run_id}); !deleted.ok()) {
        return deleted.status();
      }
      for (std::size_t begin = 0; begin < rows.size();) {
        const std::size_t left = rows.size() - begin;
        const int batch = left >= static_cast<std::size_t>(kScreeningRowBatch) ? kScreeningRowBatch : 1;
        SqlParams params;
        params.reserve(static_cast<std::size_t>(batch) * kScreeningRowParams);
        for (int i = 0; i < batch; ++i) AppendRowParams(run_id, rows[begin + i], params);
        Result<std::int64_t> inserted = tx.Exec(InsertScreeningRows(batch), params);
        if (!inserted.ok()) return inserted.status();
        begin += static_cast<std::size_t>(batch);
      }
      return Status::Ok();
    });
  });
}

Result<std::vector<ScreeningRun>> SqlStore::ListScreeningRuns(int limit, std::int64_t before_id) {
  if (limit <= 0) return std::vector<ScreeningRun>();
  return WithConnection([&](Connection& connection) {
    if (before_id == 0) {
      return QueryAll<ScreeningRun>(connection, kListScreeningRunsNewest, {std::int64_t{limit}}, ReadScreeningRun);
    }
    return QueryAll<ScreeningRun>(connection, kListScreeningRunsBefore, {before_id, std::int64_t{limit}},
                                  ReadScreeningRun);
  });
}

Result<std::optional<ScreeningRun>> SqlStore::GetScreeningRunOfJob(std::int64_t job_id) {
  return WithConnection([&](Connection& connection) {
    return QueryOptional<ScreeningRun>(connection, kScreeningRunOfJob, {job_id}, ReadScreeningRun);
  });
}

Result<ScreeningRowPage> SqlStore::ListScreeningRows(std::int64_t run_id, const ScreeningRowQuery& query) {
  return WithConnection([&](Connection& connection) -> Result<ScreeningRowPage> {
    ScreeningRowPage page;
    Result<std::int64_t> total = QueryInt(connection, kCountScreeningRows, FilterParams(run_id, query));
    if (!total.ok()) return total.status();
    page.total = *total;
    if (query.limit <= 0) return page;
    SqlParams params = FilterParams(run_id, query);
    params.emplace_back(std::int64_t{query.limit});
    params.emplace_back(std::int64_t{std::max(query.offset, 0)});
    Result<std::vector<ScreeningRowRecord>> rows =
        QueryAll<ScreeningRowRecord>(connection, kListScreeningRows, params, ReadScreeningRow);
    if (!rows.ok()) return rows.status();
    page.rows = std::move(rows).value();
    return page;
  });
}

Result<std::vector<ScreeningRowOfRun>> SqlStore::ListScreeningRowsOfNik(const std::string& nik, int limit) {
  if (limit <= 0) return std::vector<ScreeningRowOfRun>();
  return WithConnection([&](Connection& connection) {
    return QueryAll<ScreeningRowOfRun>(connection, kListScreeningRowsOfNik, {nik, std::int64_t{limit}},
                                       ReadScreeningRowOfRun);
  });
}

}  // namespace tepat::store::sql
