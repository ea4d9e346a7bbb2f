#pragma once
// Loads the stored registry (people, DTKS, recipients) into a match::ScreeningRegistry for screening lists.
#include <cstddef>
#include <memory>
#include <optional>

#include "domain/status.hpp"
#include "match/match_model.hpp"
#include "match/match_settings.hpp"
#include "match/progress.hpp"
#include "match/screening_registry.hpp"
#include "store/store.hpp"

namespace tepat::service {

/// How a registry is loaded.
struct ScreeningLoadOptions {
  match::MatchSettings settings;          ///< fuzzy-matching settings (config/match/registry.json)
  std::optional<match::MatchModel> model; ///< a trained model; nullopt trains one on the first training_rows people
  size_t training_rows = match::kDefaultTrainingRows;
  int page_size = 20'000;                 ///< rows per store page
};

/// Reads every person, DTKS entry and recipient entry of `store` and builds the screening registry. The database is
/// read on a second thread (one connection) while this thread builds. Reports "loading" progress (people read) and
/// stops with FailedPrecondition "cancelled" when asked. Errors from the store
/// or from building the fuzzy index (bad settings) are returned as they are.
domain::Result<std::unique_ptr<match::ScreeningRegistry>> LoadScreeningRegistry(store::Store& store,
                                                                                const ScreeningLoadOptions& options,
                                                                                const match::Progress& progress = {});

/// Adds the people of a page of Store::ScanPeopleCells to a registry being built (a life status never set reads as
/// alive).
void AddPeopleToScreening(const store::TextRowPage& page, match::ScreeningRegistry::Builder& builder);

}  // namespace tepat::service
