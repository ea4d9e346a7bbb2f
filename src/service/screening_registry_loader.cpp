#include "service/screening_registry_loader.hpp"

#include <string>

namespace tepat::service {

void AddPersonToScreening(const domain::Person& person, match::ScreeningRegistry::Builder& builder) {
  const std::string id = std::to_string(person.id);
  const std::string birth = person.birth_date.Iso();
  const std::string since = person.life.since ? person.life.since->Iso() : std::string();
  builder.AddPerson({id, person.nik, person.kk, person.name, person.birth_place, birth, domain::SexCode(person.sex),
                     person.desa.compact(), domain::LifeStatusCode(person.life.status), since});
}

domain::Result<std::unique_ptr<match::ScreeningRegistry>> LoadScreeningRegistry(store::Store& store,
                                                                                const ScreeningLoadOptions& options,
                                                                                const match::Progress& progress) {
  match::ScreeningRegistry::Builder builder;
  auto total = store.CountPeople();
  if (!total.ok()) return total.status();
  builder.ReservePeople(static_cast<size_t>(*total));
  const auto cancelled = [&]() -> domain::Status {
    return progress.Cancelled() ? domain::FailedPrecondition("cancelled") : domain::Status::Ok();
  };
  domain::Status scanned = store.ScanPeople(
      [&](const std::vector<domain::Person>& page) {
        for (const domain::Person& person : page) AddPersonToScreening(person, builder);
        progress.Report("loading", builder.people(), static_cast<uint64_t>(*total));
        return cancelled();
      },
      options.page_size);
  if (!scanned.ok()) return scanned;
  scanned = store.ScanDtks(
      [&](const std::vector<domain::DtksMembership>& page) {
        for (const domain::DtksMembership& entry : page) {
          builder.AddDtks(entry.round, entry.kk, entry.nik.value_or(""), entry.decile,
                          entry.status == domain::DtksStatus::kActive);
        }
        return cancelled();
      },
      options.page_size);
  if (!scanned.ok()) return scanned;
  scanned = store.ScanRecipients(
      [&](const std::vector<domain::RecipientRecord>& page) {
        for (const domain::RecipientRecord& aid : page) {
          builder.AddAid(aid.program_code, aid.period, aid.nik, aid.kk.value_or(""));
        }
        return cancelled();
      },
      options.page_size);
  if (!scanned.ok()) return scanned;
  return std::move(builder).Build(options.settings, options.model, options.training_rows, progress);
}

}  // namespace tepat::service
