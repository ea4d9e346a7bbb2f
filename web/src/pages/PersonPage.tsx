import { RegistryPage } from "../components/RegistryPage";
import { DtksTable, HistoryTable, LifeBadge, PeopleTable, useDateFormat } from "../components/RegistryTables";
import { useLoad } from "../components/useLoad";
import { useI18n } from "../i18n/I18nProvider";
import { localeOf } from "../i18n/translate";
import { formatRupiah, getPerson, type Aid } from "../registry";
import { Link } from "../router";

function AidTable({ aid }: { aid: Aid[] }) {
  const { t, lang } = useI18n();
  const formatDate = useDateFormat();
  if (aid.length === 0) return <p data-testid="aid-none">{t("people.aidNone")}</p>;
  return (
    <div className="table-scroll">
      <table className="records" data-testid="aid-table">
        <thead>
          <tr>
            <th scope="col">{t("people.aidProgram")}</th>
            <th scope="col">{t("people.aidPeriod")}</th>
            <th scope="col">{t("people.aidStage")}</th>
            <th scope="col">{t("people.aidAmount")}</th>
            <th scope="col">{t("people.aidReceivedOn")}</th>
          </tr>
        </thead>
        <tbody>
          {aid.map((a) => (
            <tr key={`${a.program_code}-${a.period}-${a.stage}`} data-testid="aid-row" data-program={a.program_code}>
              <td data-label={t("people.aidProgram")}>
                {a.program_name || a.program_code} <span className="code">{a.program_code}</span>
              </td>
              <td data-label={t("people.aidPeriod")}>{a.period}</td>
              <td data-label={t("people.aidStage")}>
                {a.stage === "REALISASI" ? t("people.aidRealised") : t("people.aidDecree")}
              </td>
              <td data-label={t("people.aidAmount")}>
                {[formatRupiah(a.amount_rupiah, localeOf(lang)), a.goods].filter((s) => s !== "").join(" · ")}
              </td>
              <td data-label={t("people.aidReceivedOn")}>{formatDate(a.received_on)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One person: identity, address, life status, household, DTKS, aid received and change history. Audited. */
export function PersonPage({ id }: { id: string }) {
  const { t } = useI18n();
  const formatDate = useDateFormat();
  const [state, reload] = useLoad(`person:${id}`, () => getPerson(id));
  const title = state.status === "done" ? state.data.person.name : t("people.personTitle");

  return (
    <RegistryPage title={title} testId="person" state={state} reload={reload}>
      {({ person, household, dtks, aid, history }) => (
        <>
          <div className="card">
            <dl className="facts" data-testid="person-facts">
              <dt>{t("people.nik")}</dt>
              <dd className="code" data-testid="detail-nik">{person.nik}</dd>
              <dt>{t("people.kk")}</dt>
              <dd className="code" data-testid="detail-kk">{person.kk}</dd>
              <dt>{t("people.birth")}</dt>
              <dd>{[person.birth_place, formatDate(person.birth_date)].filter((s) => s !== "").join(", ")}</dd>
              <dt>{t("people.sex")}</dt>
              <dd>{person.sex === "P" ? t("people.female") : t("people.male")}</dd>
              <dt>{t("people.relation")}</dt>
              <dd>{person.relation}</dd>
              {person.religion && (
                <>
                  <dt>{t("people.religion")}</dt>
                  <dd>{person.religion}</dd>
                </>
                )}
                <dt>{t("people.address")}</dt>
                <dd>
                  {person.address}
                  {(person.rt || person.rw) && ` RT ${person.rt || "-"} / RW ${person.rw || "-"}`}
                </dd>
                <dt>{t("people.desa")}</dt>
                <dd>
                  <Link to={`/wilayah/${person.desa.code}`}>{person.desa.name || person.desa.code}</Link>{" "}
                  <span className="code">{person.desa.code}</span>
                </dd>
                <dt>{t("people.lifeStatus")}</dt>
                <dd>
                  <LifeBadge status={person.life.status} />
                  {person.life.since && ` ${t("people.since", { date: formatDate(person.life.since) })}`}
                  {person.life.source && ` · ${t("people.source", { source: person.life.source })}`}
                </dd>
              </dl>
            </div>

            <h2>{t("people.household")}</h2>
            {household === null ? (
              <p>{t("people.noHousehold")}</p>
            ) : (
              <>
                <p>
                  <Link to={`/keluarga/${household.id}`} data-testid="household-link">
                    {t("people.openHousehold", { kk: household.kk })}
                  </Link>
                </p>
                <PeopleTable people={household.members} testId="household-members" showRelation />
              </>
            )}

            <h2>{t("people.dtks")}</h2>
            <DtksTable entries={dtks} />

            <h2>{t("people.aid")}</h2>
            <AidTable aid={aid} />

            <h2>{t("people.history")}</h2>
            <HistoryTable history={history} />
          </>
      )}
    </RegistryPage>
  );
}
