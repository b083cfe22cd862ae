import { useId } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly label: string;
  /** The current value ('' for "not set"). */
  readonly value: string;
  readonly options: readonly SelectOption[];
  /** Written at once: a choice is one undo step. */
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly labelHidden?: boolean;
}

/** A choice among fixed values. A value the document holds that is not an option is shown as is. */
export function SelectField({ label, value, options, onChange, hint, labelHidden }: SelectFieldProps) {
  const id = useId();
  const known = options.some((option) => option.value === value);
  return (
    <div className={`field${labelHidden ? ' field--bare' : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {!known && <option value={value}>{value} (kept as is)</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Options for a field that may be left out: "Not set" first. */
export function withNotSet(values: readonly string[], notSet = 'Not set (default)'): SelectOption[] {
  return [{ value: '', label: notSet }, ...values.map((value) => ({ value, label: value }))];
}
