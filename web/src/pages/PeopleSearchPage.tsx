import { useState, type FormEvent } from "react";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { PeopleTable } from "../components/RegistryTables";
import { useI18n } from "../i18n/I18nProvider";
import { classifySearch, kPeoplePageSize, searchPeople, type PeopleSearchResult } from "../registry";

/** One search that was run: what was asked and what came back. */
interface Search {
  query: { nik?: string; name?: string };
  offset: number;
  result: PeopleSearchResult;
}

// The last search, kept in memory only (never in the address bar or browser storage: it may hold a NIK), so that
// going back from a person's page shows the same results. Gone on reload.
let lastSearch: { text: string; search: Search } | null = null;

/** Cari penduduk: search the registry by NIK or name within the official's regions. Every search is audited. */
export function PeopleSearchPage() {
  const { t } = useI18n();
  const [text, setText] = useState(lastSearch?.text ?? "");
  const [search, setSearch] = useState<Search | null>(lastSearch?.search ?? null);
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (query: Search["query"], offset: number) => {
    setBusy(true);
    setError(null);
    try {
      const result = await searchPeople({ ...query, limit: kPeoplePageSize, offset });
      const next = { query, offset, result };
      setSearch(next);
      lastSearch = { text, search: next };
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = classifySearch(text);
    if (input.kind === "tooShort") {
      setHint(t("people.searchTooShort"));
      return;
    }
    setHint(null);
    void run(input.kind === "nik" ? { nik: input.nik } : { name: input.name }, 0);
  };

  const result = search?.result;
  return (
    <Page title={t("people.title")} testId="people-search">
      <p>{t("people.intro")}</p>
      <form className="search" role="search" onSubmit={onSubmit} autoComplete="off">
        <label className="field">
          <span>{t("people.search")}</span>
          <span className="search-row">
            <input
              type="search"
              name="q"
              inputMode="search"
              value={text}
              placeholder={t("people.searchPlaceholder")}
              onChange={(e) => setText(e.target.value)}
              data-testid="people-search-input"
            />
            <button type="submit" className="button primary" disabled={busy} data-testid="people-search-submit">
              {t("people.searchSubmit")}
            </button>
          </span>
        </label>
        <small className="muted">{t("people.searchHint")}</small>
        {hint && <p className="muted small" data-testid="people-search-hint">{hint}</p>}
      </form>

      {error !== null && <LoadError error={error} />}
      {busy && <p className="muted">{t("app.loading")}</p>}
      {search && result && !busy && (
        <section aria-live="polite" data-testid="people-results">
          {result.nik_masked && (
            <Alert kind="info" testId="people-masked-note">
              {t("people.maskedNote")}
            </Alert>
          )}
          {result.people.length === 0 ? (
            <p data-testid="people-empty">{t(result.by_nik ? "people.noneByNik" : "people.noneByName")}</p>
          ) : (
            <>
              <p className="muted small">
                {t("people.shown", { from: search.offset + 1, to: search.offset + result.people.length })}
              </p>
              <PeopleTable people={result.people} testId="people-table" />
            </>
          )}
          {(search.offset > 0 || result.more) && (
            <div className="pager">
              {search.offset > 0 && (
                <button type="button" className="button secondary" onClick={() => void run(search.query, Math.max(0, search.offset - kPeoplePageSize))}>
                  {t("people.previous")}
                </button>
              )}
              {result.more && (
                <button type="button" className="button secondary" data-testid="people-next" onClick={() => void run(search.query, search.offset + kPeoplePageSize)}>
                  {t("people.next")}
                </button>
              )}
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
