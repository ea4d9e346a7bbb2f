import type { DedupPair } from "../api";
import { useI18n } from "../i18n/I18nProvider";
import { buildWaterfall, percentOf } from "../waterfall";

const kDigits = 2;

/** A signed weight as text, e.g. "+9.50" or "−3.00". */
function signed(weight: number): string {
  return `${weight >= 0 ? "+" : "−"}${Math.abs(weight).toFixed(kDigits)}`;
}

/**
 * Why a pair matched: one row per field with its comparison level and weight, drawn as a waterfall from the prior to
 * the total (green pushes towards "same person", red away). Also readable as a table without the bars.
 */
export function WeightWaterfall({ pair, names }: { pair: DedupPair; names: string }) {
  const { t } = useI18n();
  const waterfall = buildWaterfall(pair.prior_weight, pair.fields, t("dedup.prior"));
  const zero = percentOf(waterfall, 0);
  return (
    <figure className="waterfall" data-testid="waterfall" data-pair={pair.id}>
      <figcaption>
        <strong>{names}</strong>{" "}
        <span className="muted">
          {t("dedup.pairScore", {
            weight: signed(pair.weight),
            probability: (pair.probability * 100).toFixed(1),
          })}
        </span>
      </figcaption>
      <table className="waterfall-table">
        <thead>
          <tr>
            <th scope="col">{t("dedup.field")}</th>
            <th scope="col">{t("dedup.level")}</th>
            <th scope="col" className="num">{t("dedup.weight")}</th>
            <th scope="col" className="waterfall-bar-col">
              <span className="visually-hidden">{t("dedup.bar")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {waterfall.steps.map((step) => {
            const left = percentOf(waterfall, Math.min(step.start, step.end));
            const width = Math.max(percentOf(waterfall, Math.max(step.start, step.end)) - left, 0.5);
            return (
              <tr key={step.key} data-testid="waterfall-row" data-field={step.key}>
                <th scope="row">{step.label}</th>
                <td>
                  <code>{step.level}</code>
                </td>
                <td className="num">{signed(step.weight)}</td>
                <td className="waterfall-bar-col" aria-hidden="true">
                  <div className="waterfall-track">
                    <span className="waterfall-zero" style={{ left: `${zero}%` }} />
                    <span
                      className={step.weight >= 0 ? "waterfall-bar up" : "waterfall-bar down"}
                      style={{ left: `${left}%`, width: `${width}%` }}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-testid="waterfall-total">
            <th scope="row">{t("dedup.total")}</th>
            <td />
            <td className="num">
              <strong>{signed(waterfall.total)}</strong>
            </td>
            <td className="waterfall-bar-col" aria-hidden="true">
              <div className="waterfall-track">
                <span className="waterfall-zero" style={{ left: `${zero}%` }} />
                <span
                  className={waterfall.total >= 0 ? "waterfall-bar total up" : "waterfall-bar total down"}
                  style={{
                    left: `${Math.min(zero, percentOf(waterfall, waterfall.total))}%`,
                    width: `${Math.max(Math.abs(percentOf(waterfall, waterfall.total) - zero), 0.5)}%`,
                  }}
                />
              </div>
            </td>
          </tr>
        </tfoot>
      </table>
    </figure>
  );
}
