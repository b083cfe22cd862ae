import { useId, useState, type KeyboardEvent } from 'react';

export interface GalleryEntry {
  readonly id: string;
  readonly title: string;
  /** What the preview shows beside the list: the explanation or the goal. */
  readonly preview: string;
  readonly previewLabel: string;
  readonly tags?: readonly string[];
}

/**
 * A list of entries, each a button named by its title, and a preview of the entry that has the
 * focus or the pointer. Arrow keys move between entries; Enter or a click chooses one.
 */
export function GalleryList({
  entries,
  label,
  onChoose,
}: {
  entries: readonly GalleryEntry[];
  label: string;
  onChoose: (id: string) => void;
}) {
  const [previewId, setPreviewId] = useState(entries[0]?.id);
  const previewHeadingId = useId();
  const shown = entries.find((entry) => entry.id === previewId) ?? entries[0];

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + step + buttons.length) % buttons.length];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div className="gallery">
      <ul className="gallery__list" aria-label={label} onKeyDown={onKeyDown}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className={entry.id === shown?.id ? 'gallery__entry is-previewed' : 'gallery__entry'}
              onClick={() => onChoose(entry.id)}
              onFocus={() => setPreviewId(entry.id)}
              onMouseEnter={() => setPreviewId(entry.id)}
            >
              {entry.title}
            </button>
          </li>
        ))}
      </ul>
      {shown && (
        <section className="gallery__preview" aria-labelledby={previewHeadingId} aria-live="polite">
          <h3 id={previewHeadingId}>{shown.title}</h3>
          <p>
            <strong>{shown.previewLabel}</strong> {shown.preview}
          </p>
          {shown.tags && shown.tags.length > 0 && (
            <ul className="gallery__tags" aria-label="Tags">
              {shown.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
