import { useId, useState } from 'react';

export interface StringListFieldProps {
  readonly label: string;
  readonly value: unknown;
  /** Writes the list, or undefined when it was emptied (the key is removed). */
  readonly onCommit: (items: string[] | undefined) => void;
  readonly hint?: string;
}

/**
 * A list of strings (command, args), one item per line, written when the field loses focus.
 * A list whose items hold line breaks or non-strings cannot be shown one per line: it is kept
 * as is and edited in the YAML.
 */
export function StringListField({ label, value, onCommit, hint }: StringListFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const items = Array.isArray(value) ? value : value === undefined ? [] : null;
  const editable = items?.every((item) => typeof item === 'string' && !item.includes('\n'));
  if (!editable) {
    return (
      <div className="field">
        <span className="field__label">{label}</span>
        <p className="field__hint">Kept as is (items with line breaks): edit it in the YAML.</p>
      </div>
    );
  }
  const text = draft ?? (items as string[]).join('\n');
  const commit = () => {
    if (draft === null) return;
    const next = draft.split('\n').filter((line) => line.trim() !== '');
    setDraft(null);
    if (next.join('\n') === (items as string[]).join('\n')) return;
    onCommit(next.length ? next : undefined);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="field__input field__input--mono"
        rows={Math.min(6, Math.max(2, text.split('\n').length))}
        value={text}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
        }}
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint ?? 'One item per line.'}
      </p>
    </div>
  );
}
