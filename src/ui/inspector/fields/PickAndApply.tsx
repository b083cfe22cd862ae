import { useId, useState } from 'react';
import type { SelectOption } from './SelectField';

export interface PickAndApplyProps {
  /** Names the choice, e.g. "Volume to mount". */
  readonly label: string;
  readonly options: readonly SelectOption[];
  /** The button's text, e.g. "Mount". */
  readonly action: string;
  readonly onApply: (value: string) => void;
  readonly hint?: string;
}

/**
 * A choice and a button that acts on it: the keyboard way to do what a drag does on the canvas
 * (arrowing through a select does not act; only the button does). Renders nothing without options.
 */
export function PickAndApply({ label, options, action, onApply, hint }: PickAndApplyProps) {
  const id = useId();
  const [picked, setPicked] = useState('');
  const first = options[0];
  if (!first) return null;
  const value = options.some((option) => option.value === picked) ? picked : first.value;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="pick-and-apply">
        <select
          id={id}
          className="field__input"
          value={value}
          onChange={(event) => setPicked(event.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onApply(value)}>
          {action}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
