import { useState, type FormEvent } from "react";
import { api, type Region } from "../api";
import { Alert } from "../components/Alert";
import { LoadError } from "../components/LoadError";
import { Page } from "../components/Page";
import { useLoad } from "../components/useLoad";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/id";
import { Link } from "../router";
import { normaliseRegionCode } from "../regionCode";

export const kMinSearchLength = 2;

interface Level {
  region: Region | null;
  ancestors: Region[];
  children: Region[];
}

/** Loads one level of the tree: the provinces when `code` is null, else the region, its ancestors and children. */
async function loadLevel(code: string | null): Promise<Level> {
  if (code === null) return { region: null, ancestors: [], children: (await api.regions()).regions };
  const [one, children] = await Promise.all([api.region(code), api.regions(code)]);
  return { region: one.region, ancestors: one.ancestors, children: children.regions };
}

function RegionList({ regions, testId }: { regions: Region[]; testId: string }) {
  const { t } = useI18n();
  return (
    <ul className="region-list" data-testid={testId}>
      {regions.map((r) => (
        <li key={r.code}>
          <Link to={`/wilayah/${r.code}`} data-code={r.code}>
            <span className="region-name">{r.name}</span>
            <span className="region-meta">
              {t(`level.${r.level}` as MessageKey)} · <span className="code">{r.code}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function SearchResults({ q }: { q: string }) {
  const { t } = useI18n();
  const [state, reload] = useLoad(`q:${q}`, () => api.searchRegions(q));
  return (
    <section aria-live="polite">
      <h2>{t("regions.searchResults", { q })}</h2>
      {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {state.status === "error" && <LoadError error={state.error} onRetry={reload} />}
      {state.status === "done" &&
        (state.data.regions.length === 0 ? (
          <p data-testid="region-search-empty">{t("regions.noResults")}</p>
        ) : (
          <RegionList regions={state.data.regions} testId="region-search-results" />
        ))}
    </section>
  );
}

/** Wilayah: browse from provinces down to desa/kelurahan, or search by name. Public: guests may use it too. */
export function RegionsPage({ code }: { code: string | null }) {
  const { t } = useI18n();
  const [input, setInput] = useState("");
  const [query, setQuery] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const dotted = code === null ? null : normaliseRegionCode(code);
  const [state, reload] = useLoad(`code:${dotted ?? ""}`, () => loadLevel(dotted));

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const q = input.trim();
    if (q.length < kMinSearchLength) {
      setHint(t("regions.searchTooShort"));
      return;
    }
    setHint(null);
    setQuery(q);
  };

  const onClear = () => {
    setInput("");
    setQuery(null);
    setHint(null);
  };

  return (
    <Page title={t("regions.title")} testId="regions">
      <p>{t("regions.intro")}</p>
      <form className="search" role="search" onSubmit={onSearch}>
        <label className="field">
          <span>{t("regions.search")}</span>
          <span className="search-row">
            <input
              type="search"
              name="q"
              value={input}
              placeholder={t("regions.searchPlaceholder")}
              onChange={(e) => setInput(e.target.value)}
              data-testid="region-search"
            />
            <button type="submit" className="button primary" data-testid="region-search-submit">
              {t("regions.searchSubmit")}
            </button>
          </span>
        </label>
        {hint && <p className="muted small">{hint}</p>}
        {query !== null && (
          <button type="button" className="link-button" onClick={onClear}>
            {t("regions.searchClear")}
          </button>
        )}
      </form>

      {query !== null ? (
        <SearchResults q={query} />
      ) : dotted === null && code !== null ? (
        <Alert kind="error">{t("regions.notFound", { code })}</Alert>
      ) : (
        <>
          <nav aria-label={t("regions.breadcrumb")} className="breadcrumb" data-testid="region-breadcrumb">
            <ol>
              <li>
                <Link to="/wilayah">{t("regions.all")}</Link>
              </li>
              {state.status === "done" &&
                state.data.ancestors.map((a) => (
                  <li key={a.code}>
                    <Link to={`/wilayah/${a.code}`}>{a.name}</Link>
                  </li>
                ))}
              {state.status === "done" && state.data.region && (
                <li aria-current="page">{state.data.region.name}</li>
              )}
            </ol>
          </nav>
          {state.status === "loading" && <p className="muted">{t("app.loading")}</p>}
          {state.status === "error" &&
            (state.error instanceof Error && "status" in state.error && state.error.status === 404 ? (
              <Alert kind="error">{t("regions.notFound", { code: dotted ?? "" })}</Alert>
            ) : (
              <LoadError error={state.error} onRetry={reload} />
            ))}
          {state.status === "done" && (
            <section>
              <h2>
                {state.data.region
                  ? t("regions.children", { name: state.data.region.name })
                  : t("regions.provinces")}
                {state.data.region && (
                  <>
                    {" "}
                    <span className="code">{state.data.region.code}</span>
                  </>
                )}
              </h2>
              {state.data.children.length === 0 ? (
                <p data-testid="region-leaf">{t("regions.leaf")}</p>
              ) : (
                <>
                  <p className="muted small">{t("regions.count", { count: state.data.children.length })}</p>
                  <RegionList regions={state.data.children} testId="region-children" />
                </>
              )}
            </section>
          )}
        </>
      )}
    </Page>
  );
}
