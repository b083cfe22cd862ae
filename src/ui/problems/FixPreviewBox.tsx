import type { FixPreview } from '../../store/commands/findingCommands';

const MARKS = { context: ' ', removed: '−', added: '+' } as const;

/** The YAML lines a fix would change, as a small diff, with Apply and Cancel. */
export function FixPreviewBox({
  preview,
  onApply,
  onCancel,
}: {
  preview: FixPreview;
  onApply: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="fix-preview" role="group" aria-label={`Preview: ${preview.label}`}>
      <pre className="fix-preview__diff" role="group" aria-label="Changes to the YAML">
        {preview.lines.map((line, index) => (
          <div key={index} className={`fix-preview__line fix-preview__line--${line.kind}`}>
            <span className="fix-preview__number">{line.line}</span>
            <span className="fix-preview__mark">
              <span aria-hidden="true">{MARKS[line.kind]}</span>
              {line.kind !== 'context' && <span className="visually-hidden">{line.kind}</span>}
            </span>
            {line.text}
          </div>
        ))}
      </pre>
      <div className="fix-preview__actions">
        <button type="button" className="button button--primary" onClick={onApply}>
          Apply: {preview.label}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
