import { useId, useState, type KeyboardEvent } from 'react';

export interface TextFieldProps {
  readonly label: string;
  /** The value in the document ('' when the key is absent). */
  readonly value: string;
  /**
   * Writes the text (called on Enter or when the field loses focus, only when the text changed
   * and passes `check`). May return a reason it could not be done, shown under the field.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a setter that returns nothing means it worked.
  readonly onCommit: (text: string) => string | null | void;
  /** Checked as the person types; a reason keeps the text from being written. */
  readonly check?: (text: string) => string | null;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly monospace?: boolean;
  /** Hides the label visually (rows of a table keep an accessible name). */
  readonly labelHidden?: boolean;
  readonly inputMode?: 'text' | 'numeric';
}

/**
 * A text input that edits one value of the document. Typing changes only the field; the value is
 * written once, on Enter or blur, so a burst of typing is one undo step. Escape puts the
 * document's value back.
 */
export function TextField({
  label,
  value,
  onCommit,
  check,
  placeholder,
  hint,
  monospace,
  labelHidden,
  inputMode,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const text = draft ?? value;
  const problem = draft === null ? null : (check?.(draft) ?? refusal);

  const commit = () => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    if (check?.(draft)) return;
    const reason = onCommit(draft);
    if (typeof reason === 'string') {
      setRefusal(reason);
      return;
    }
    setDraft(null);
    setRefusal(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setRefusal(null);
    }
  };
  return (
    <div className={`field${labelHidden ? ' field--bare' : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <input
        id={id}
        className={`field__input${monospace ? ' field__input--mono' : ''}`}
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setRefusal(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <p id={`${id}-note`} className="field__error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : hint ? (
        <p id={`${id}-note`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
