#include "service/screening_registry_loader.hpp"

#include <charconv>
#include <future>
#include <optional>
#include <utility>
#include <vector>
#include <string_view>

#include "domain/household.hpp"
#include "service/batch_queue.hpp"

namespace tepat::service {
namespace {

using match::ScreeningRegistry;
using store::TextRowPage;
// People pages on their way from the reading thread to the building one: one waits while the next is read.
using PageQueue = BatchQueue<TextRowPage>;
constexpr size_t kPagesInFlight = 1;

// A person whose life status was never set is alive (what the registry reads back for them).
constexpr std::string_view kAliveCode = "HIDUP";

domain::Status Cancelled() { return domain::FailedPrecondition("cancelled"); }

int ParseInt(std::string_view text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// Reads DTKS and recipients (they fill other tables of the builder than people do).
domain::Status ScanSideTables(store::Store& store, ScreeningRegistry::Builder& builder, int page_size,
                              const match::Progress& progress) {
  const std::string_view active = domain::DtksStatusCode(domain::DtksStatus::kActive);
  domain::Status scanned = store.ScanDtksCells(
      [&](const TextRowPage& page) {
        using namespace store::dtks_cells;
        for (size_t row = 0; row < page.rows(); ++row) {
          builder.AddDtks(page.Cell(row, kRound), page.Cell(row, kKk), page.Cell(row, kNik),
                          ParseInt(page.Cell(row, kDecile)), page.Cell(row, kStatus) == active);
        }
        return progress.Cancelled() ? Cancelled() : domain::Status::Ok();
      },
      page_size);
  if (!scanned.ok()) return scanned;
  return store.ScanRecipientCells(
      [&](const TextRowPage& page) {
        using namespace store::recipient_cells;
        for (size_t row = 0; row < page.rows(); ++row) {
          builder.AddAid(page.Cell(row, kProgramCode), page.Cell(row, kPeriod), page.Cell(row, kNik),
                         page.Cell(row, kKk));
        }
        return progress.Cancelled() ? Cancelled() : domain::Status::Ok();
      },
      page_size);
}

// Reads people pages on this thread and hands them over, then reads DTKS and recipients. Closes `people` at the end.
domain::Status ScanAll(store::Store& store, PageQueue& people, ScreeningRegistry::Builder& builder,
                       int page_size, const match::Progress& progress) {
  domain::Status scanned = store.ScanPeopleCells(
      [&](TextRowPage& page) { return people.Push(std::move(page)) ? domain::Status::Ok() : Cancelled(); }, page_size);
  people.Close();
  if (!scanned.ok()) return scanned;
  return ScanSideTables(store, builder, page_size, progress);
}

}  // namespace

void AddPeopleToScreening(const TextRowPage& page, ScreeningRegistry::Builder& builder) {
  using namespace store::person_cells;
  std::vector<match::ScreeningPersonRow> people(page.rows());
  for (size_t row = 0; row < page.rows(); ++row) {
    const std::string_view life = page.Cell(row, kLifeStatus);
    people[row] = {page.Cell(row, kId), page.Cell(row, kNik), page.Cell(row, kKk), page.Cell(row, kName),
                   page.Cell(row, kBirthPlace), page.Cell(row, kBirthDate), page.Cell(row, kSex),
                   page.Cell(row, kDesa), life.empty() ? kAliveCode : life, page.Cell(row, kStatusDate)};
  }
  builder.AddPeople(people);
}

domain::Result<std::unique_ptr<ScreeningRegistry>> LoadScreeningRegistry(store::Store& store,
                                                                         const ScreeningLoadOptions& options,
                                                                         const match::Progress& progress) {
  ScreeningRegistry::Builder builder;
  auto total = store.CountPeople();
  if (!total.ok()) return total.status();
  builder.ReservePeople(static_cast<size_t>(*total));
  // One thread reads the database (people, then DTKS and recipients, on one connection); this one adds the people
  // to the builder meanwhile. Only this thread (or, while it prepares the fuzzy index, the training one) reports
  // progress.
  PageQueue people(kPagesInFlight);
  const match::Progress quiet{.report = nullptr, .cancel = progress.cancel};
  auto reader = std::async(std::launch::async,
                           [&] { return ScanAll(store, people, builder, options.page_size, quiet); });
  {
    // However this loop ends (cancel, an exception), the reader must not wait for it forever.
    struct AbandonOnExit {
      PageQueue& queue;
      ~AbandonOnExit() { queue.Abandon(); }
    } abandon_on_exit{people};
    std::optional<TextRowPage> page;
    while (!progress.Cancelled() && (page = people.Pop())) {
      AddPeopleToScreening(*page, builder);
      progress.Report("loading", builder.people(), static_cast<uint64_t>(*total));
    }
  }
  // The people are all in: they are finished (trained, indexed) here while the reader still reads DTKS and
  // recipients.
  domain::Status finished = progress.Cancelled() ? Cancelled() : domain::Status::Ok();
  if (finished.ok()) finished = builder.FinishPeople(options.settings, options.model, options.training_rows, progress);
  const domain::Status scanned = reader.get();
  if (!scanned.ok()) return scanned;
  if (!finished.ok()) return finished;
  if (progress.Cancelled()) return Cancelled();
  return std::move(builder).Build(options.settings, options.model, options.training_rows, progress);
}

}  // namespace tepat::service
