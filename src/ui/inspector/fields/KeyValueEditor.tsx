import type { MapEntryEdit } from '../../../model/operations/setMapEntry';
import { TextField } from './TextField';

export interface KeyValueEditorProps {
  /** What one entry is called: "pod label", "annotation". */
  readonly noun: string;
  readonly entries: unknown;
  readonly onEdit: (edit: MapEntryEdit) => void;
  readonly keyCheck: (text: string) => string | null;
  readonly valueCheck?: (text: string) => string | null;
}

/**
 * Edits a string map (labels, annotations) one entry at a time: rename a key, change a value,
 * remove an entry, add one by typing its key. Each edit is one undo step.
 */
export function KeyValueEditor({ noun, entries, onEdit, keyCheck, valueCheck }: KeyValueEditorProps) {
  const map =
    typeof entries === 'object' && entries !== null && !Array.isArray(entries)
      ? (entries as Record<string, unknown>)
      : {};
  const keys = Object.keys(map);
  const clash = (from: string | null) => (text: string) =>
    text !== from && keys.includes(text) ? `There is already a ${noun} "${text}".` : keyCheck(text);
  return (
    <div className="key-values">
      {keys.length === 0 && <p className="field__hint">No {noun}s.</p>}
      {keys.map((key) => {
        const value = map[key];
        const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
        return (
          <div className="key-values__row" key={key}>
            <TextField
              label={`Key of ${noun} ${key}`}
              labelHidden
              monospace
              value={key}
              check={clash(key)}
              onCommit={(to) => onEdit({ from: key, to, value: text })}
            />
            <TextField
              label={`Value of ${noun} ${key}`}
              labelHidden
              monospace
              value={text}
              check={valueCheck}
              onCommit={(next) => onEdit({ from: key, to: key, value: next })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${noun} ${key}`}
              title={`Remove ${noun} ${key}`}
              onClick={() => onEdit({ from: key, to: null, value: '' })}
            >
              ✕
            </button>
          </div>
        );
      })}
      <TextField
        label={`New ${noun} key`}
        placeholder={`Add a ${noun}: type its key`}
        monospace
        value=""
        check={(text) => (text === '' ? null : clash(null)(text))}
        onCommit={(to) => (to === '' ? null : onEdit({ from: null, to, value: '' }))}
      />
    </div>
  );
}
