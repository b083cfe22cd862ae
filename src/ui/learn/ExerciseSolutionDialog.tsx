import { useId, useMemo } from 'react';
import type { Exercise } from '../../catalog/exercises';
import { lineDiff } from '../../exercises/lineDiff';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import './learn.css';

const MARKS = { same: ' ', removed: '−', added: '+' } as const;
const CHANGE_NAMES = { same: '', removed: 'removed: ', added: 'added: ' } as const;

/** An exercise's worked solution, shown as the lines it changes in the starting design. */
export function ExerciseSolutionDialog({ exercise }: { exercise: Exercise }) {
  const store = useDesignerStore();
  const onClose = () => store.getState().closeDialog();
  const dialogRef = useModalDialog();
  const titleId = useId();
  const lines = useMemo(() => lineDiff(exercise.starterYaml, exercise.solutionYaml), [exercise]);
  return (
    <dialog ref={dialogRef} className="learn-dialog learn-dialog--solution" aria-labelledby={titleId} onClose={onClose}>
      <header className="learn-dialog__header">
        <h2 id={titleId}>Solution: {exercise.title}</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="learn-dialog__panel">
        <p className="learn-dialog__intro">
          One way to meet the goal, as changes to the starting design: lines marked − go, lines marked + come in.
        </p>
        <section aria-label="Changes to the starting design">
          <pre className="solution-diff">
            {lines.map((line, index) => (
              <span key={index} className={`solution-diff__line is-${line.change}`}>
                <span className="visually-hidden">{CHANGE_NAMES[line.change]}</span>
                <span aria-hidden="true">{MARKS[line.change]} </span>
                {line.text}
                {'\n'}
              </span>
            ))}
          </pre>
        </section>
      </div>
    </dialog>
  );
}
