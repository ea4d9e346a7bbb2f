import { RegistryPage } from "../components/RegistryPage";
import { DtksTable, HistoryTable, PeopleTable } from "../components/RegistryTables";
import { useLoad } from "../components/useLoad";
import { useI18n } from "../i18n/I18nProvider";
import { getHousehold } from "../registry";
import { Link } from "../router";

/** One household (KK): its members, DTKS entries and change history. Audited. */
export function HouseholdPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [state, reload] = useLoad(`household:${id}`, () => getHousehold(id));
  const title = state.status === "done" ? t("household.title", { kk: state.data.household.kk }) : t("household.titlePlain");

  return (
    <RegistryPage title={title} testId="household" state={state} reload={reload}>
      {({ household, dtks, history }) => {
        const head = household.members.find((m) => m.id === household.head_person_id);
        return (
          <>
            <div className="card">
              <dl className="facts" data-testid="household-facts">
                <dt>{t("people.kk")}</dt>
                <dd className="code" data-testid="household-kk">{household.kk}</dd>
                <dt>{t("household.head")}</dt>
                <dd>{head ? <Link to={`/penduduk/${head.id}`}>{head.name}</Link> : <span className="muted">{t("household.noHead")}</span>}</dd>
                <dt>{t("people.desa")}</dt>
                <dd>
                  <Link to={`/wilayah/${household.desa.code}`}>{household.desa.name || household.desa.code}</Link>{" "}
                  <span className="code">{household.desa.code}</span>
                </dd>
                <dt>{t("household.size")}</dt>
                <dd>{household.members.length}</dd>
              </dl>
            </div>
            <h2>{t("household.members")}</h2>
            <PeopleTable people={household.members} testId="household-members" showRelation />
            <h2>{t("people.dtks")}</h2>
            <DtksTable entries={dtks} />
            <h2>{t("people.history")}</h2>
            <HistoryTable history={history} />
          </>
        );
      }}
    </RegistryPage>
  );
}
