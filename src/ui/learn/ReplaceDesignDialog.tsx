import { useId } from 'react';
import type { Exercise } from '../../catalog/exercises';
import type { LockedPart } from '../../catalog/exercises/exercise';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import './learn.css';

/**
 * Asks before an exercise link replaces a design the user has worked on. `restart`: the design is
 * the learner's work on this same exercise, and the link would start it again from the beginning.
 */
export function ReplaceDesignDialog({
  exercise,
  restart,
  locks,
}: {
  exercise: Exercise;
  restart: boolean;
  locks: readonly LockedPart[] | undefined;
}) {
  const store = useDesignerStore();
  const onReplace = () => store.getState().startExercise(exercise, locks);
  const onKeep = () => store.getState().showExerciseGuide(exercise, locks);
  const dialogRef = useModalDialog();
  const titleId = useId();
  const textId = useId();
  return (
    <dialog
      ref={dialogRef}
      className="learn-dialog learn-dialog--confirm"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={onKeep}
    >
      <h2 id={titleId}>{restart ? `Start “${exercise.title}” again?` : `Start the exercise “${exercise.title}”?`}</h2>
      <p id={textId}>
        {restart
          ? 'You have worked on this exercise in this tab. Continue where you left off, or start again from its starting design? Undo brings your work back.'
          : "The link opens an exercise with its own starting design. Replace your current design with it? Undo brings your design back. If you keep your design, the exercise's goal is checked against it."}
      </p>
      <div className="learn-dialog__actions">
        {restart ? (
          <>
            {/* biome-ignore lint/a11y/noAutofocus: a dialog moves focus into itself; keeping the work is the safe default. */}
            <button type="button" className="is-primary" onClick={onKeep} autoFocus>
              Continue my work
            </button>
            <button type="button" onClick={onReplace}>
              Start again
            </button>
          </>
        ) : (
          <>
            {/* biome-ignore lint/a11y/noAutofocus: a dialog moves focus into itself (WAI-ARIA dialog pattern). */}
            <button type="button" className="is-primary" onClick={onReplace} autoFocus>
              Replace my design
            </button>
            <button type="button" onClick={onKeep}>
              Keep my design
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
