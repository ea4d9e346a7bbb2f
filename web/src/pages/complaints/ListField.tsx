import { useI18n } from "../../i18n/I18nProvider";

/** A growing list of one-line inputs (NIKs, phone numbers) with add and remove buttons, at most `max` entries. */
export function ListField({
  label,
  values,
  onValues,
  max,
  testId,
  inputMode,
  problems,
  field,
}: {
  label: string;
  values: string[];
  onValues: (values: string[]) => void;
  max: number;
  testId: string;
  inputMode: "numeric" | "tel";
  /** Messages by field name ("phones[2]"), from the server. */
  problems: Record<string, string>;
  /** The API field name, e.g. "phones". */
  field: string;
}) {
  const { t } = useI18n();
  const set = (index: number, value: string) => onValues(values.map((v, i) => (i === index ? value : v)));
  return (
    <fieldset className="list-field">
      <legend>{label}</legend>
      {values.map((value, index) => (
        <div key={index} className="list-row">
          <input
            type="text"
            inputMode={inputMode}
            value={value}
            aria-label={`${label} ${index + 1}`}
            aria-invalid={problems[`${field}[${index}]`] ? true : undefined}
            onChange={(e) => set(index, e.target.value)}
            data-testid={`${testId}-${index}`}
          />
          {values.length > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={() => onValues(values.filter((_, i) => i !== index))}
            >
              {t("complaintForm.remove")}
            </button>
          )}
          {problems[`${field}[${index}]`] && <small className="field-error">{problems[`${field}[${index}]`]}</small>}
        </div>
      ))}
      {problems[field] && <small className="field-error">{problems[field]}</small>}
      {values.length < max && (
        <button
          type="button"
          className="button secondary small"
          onClick={() => onValues([...values, ""])}
          data-testid={`${testId}-add`}
        >
          {t("complaintForm.add")}
        </button>
      )}
      <small className="muted">{t("complaintForm.maxEntries", { max: String(max) })}</small>
    </fieldset>
  );
}
