import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  /** Visible label, already translated. */
  label: string;
  /** Called with the new text on every change. */
  onValue: (value: string) => void;
  /** data-testid of the input, for the browser tests. */
  testId: string;
  /** Optional help text under the input; its id is set as the input's aria-describedby. */
  hint?: { id: string; text: string };
} & Omit<InputHTMLAttributes<HTMLInputElement>, "onChange">;

/** A labelled input in the app's form style (`label.field`); other input attributes pass through. */
export function TextField({ label, onValue, testId, hint, ...input }: TextFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        {...input}
        aria-describedby={hint?.id}
        onChange={(e) => onValue(e.target.value)}
        data-testid={testId}
      />
      {hint && (
        <small id={hint.id} className="muted">
          {hint.text}
        </small>
      )}
    </label>
  );
}
