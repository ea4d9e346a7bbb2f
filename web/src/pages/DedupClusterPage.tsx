import { useEffect, useState } from "react";
import { api, type DedupClusterView, type ReviewPerson } from "../api";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { WeightWaterfall } from "../components/WeightWaterfall";
import type { MessageKey } from "../i18n/id";
import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";
import { kClusterStatusLabel } from "./DedupQueuePage";

/** The rows of the side-by-side table: a label and how to read the value from a record. */
const kPersonRows: { label: MessageKey; value: (p: ReviewPerson) => string }[] = [
  { label: "dedup.person.id", value: (p) => String(p.id) },
  { label: "dedup.person.nik", value: (p) => p.nik_masked },
  { label: "dedup.person.kk", value: (p) => p.kk_masked },
  { label: "dedup.person.name", value: (p) => p.name },
  { label: "dedup.person.birthPlace", value: (p) => p.birth_place },
  { label: "dedup.person.birthDate", value: (p) => p.birth_date },
  { label: "dedup.person.sex", value: (p) => p.sex },
  { label: "dedup.person.address", value: (p) => [p.address, p.rt && `RT ${p.rt}`, p.rw && `RW ${p.rw}`].filter(Boolean).join(" ") },
  { label: "dedup.person.desa", value: (p) => p.desa },
  { label: "dedup.person.life", value: (p) => p.life_status },
];

/** One candidate cluster: the records side by side, each pair explained, and the review buttons. */
export function DedupClusterPage({ id }: { id: number }) {
  const { t } = useI18n();
  const [view, setView] = useState<DedupClusterView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [survivor, setSurvivor] = useState<number | null>(null);

  const load = () => {
    setError(null);
    api.dedupCluster(id).then((v) => {
      setView(v);
      setSurvivor(v.cluster.survivor_id || v.people[0]?.id || null);
    }, setError);
  };
  useEffect(load, [id]);

  const act = async (action: () => Promise<DedupClusterView>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      setView(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const title = t("dedup.clusterTitle", { id: String(id) });
  if (view === null) {
    return (
      <Page title={title} testId="dedup-cluster">
        {error !== null ? <LoadError error={error} onRetry={load} /> : <p className="muted">{t("app.loading")}</p>}
      </Page>
    );
  }
  const { cluster, people } = view;
  const nameOf = (personId: number) => people.find((p) => p.id === personId)?.name ?? String(personId);
  const merged = cluster.status === "merged";
  const closed = merged || cluster.status === "superseded";

  return (
    <Page title={title} testId="dedup-cluster">
      <p>
        <Link to="/data-ganda">{t("dedup.back")}</Link>
      </p>
      <p data-testid="dedup-cluster-status" data-status={cluster.status}>
        {t("dedup.statusColumn")}: <strong>{t(kClusterStatusLabel[cluster.status])}</strong>
        {merged && ` · ${t("dedup.survivor", { id: String(cluster.survivor_id) })}`}
      </p>
      {error !== null && <LoadError error={error} />}

      <h2>{t("dedup.records")}</h2>
      <div className="table-scroll">
        <table className="side-by-side" data-testid="dedup-people">
          <thead>
            <tr>
              <th scope="col">{t("dedup.person.field")}</th>
              {people.map((p) => (
                <th scope="col" key={p.id} data-testid="dedup-person">
                  {p.name}
                  {cluster.survivor_id === p.id && <span className="badge badge-on"> {t("dedup.kept")}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kPersonRows.map((row) => {
              const values = people.map(row.value);
              const differ = new Set(values).size > 1;
              return (
                <tr key={row.label} className={differ ? "differs" : undefined}>
                  <th scope="row">{t(row.label)}</th>
                  {values.map((value, i) => (
                    <td key={people[i]!.id}>{value}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>{t("dedup.why")}</h2>
      <p className="muted small">{t("dedup.whyHint")}</p>
      {(cluster.pairs ?? []).map((pair) => (
        <WeightWaterfall key={pair.id} pair={pair} names={`${nameOf(pair.person_a)} ↔ ${nameOf(pair.person_b)}`} />
      ))}

      <h2>{t("dedup.decision")}</h2>
      {closed && <Alert kind="info">{merged ? t("dedup.mergedInfo") : t("dedup.supersededInfo")}</Alert>}
      {!closed && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => api.decideDedup(id, "same"))}
            data-testid="dedup-same"
          >
            {t("dedup.same")}
          </button>{" "}
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void act(() => api.decideDedup(id, "different"))}
            data-testid="dedup-different"
          >
            {t("dedup.different")}
          </button>
        </div>
      )}
      {!closed && cluster.status !== "different" && (
        <fieldset className="card" data-testid="dedup-merge">
          <legend>{t("dedup.mergeLegend")}</legend>
          <p className="small muted">{t("dedup.mergeHint")}</p>
          {people.map((p) => (
            <label key={p.id} className="radio">
              <input
                type="radio"
                name="survivor"
                checked={survivor === p.id}
                onChange={() => setSurvivor(p.id)}
              />{" "}
              {t("dedup.keep", { name: p.name, id: String(p.id) })}
            </label>
          ))}
          <button
            type="button"
            className="button"
            disabled={busy || survivor === null}
            onClick={() => survivor !== null && void act(() => api.mergeDedup(id, survivor))}
            data-testid="dedup-merge-button"
          >
            {t("dedup.merge")}
          </button>
        </fieldset>
      )}
      {merged && (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => void act(() => api.undoDedup(id))}
          data-testid="dedup-undo"
        >
          {t("dedup.undo")}
        </button>
      )}
    </Page>
  );
}
