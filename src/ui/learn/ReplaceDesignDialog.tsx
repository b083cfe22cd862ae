import { useId } from 'react';
import type { Exercise } from '../../catalog/exercises';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import './learn.css';

/** Asks before an exercise link replaces a design the user has worked on. */
export function ReplaceDesignDialog({ exercise }: { exercise: Exercise }) {
  const store = useDesignerStore();
  const onReplace = () => store.getState().startExercise(exercise);
  const onKeep = () => store.getState().showExerciseGuide(exercise);
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
      <h2 id={titleId}>Start the exercise “{exercise.title}”?</h2>
      <p id={textId}>
        The link opens an exercise with its own starting design. Replace your current design with it? Undo brings your
        design back. If you keep your design, the exercise's goal is checked against it.
      </p>
      <div className="learn-dialog__actions">
        {/* biome-ignore lint/a11y/noAutofocus: a dialog moves focus into itself (WAI-ARIA dialog pattern). */}
        <button type="button" className="is-primary" onClick={onReplace} autoFocus>
          Replace my design
        </button>
        <button type="button" onClick={onKeep}>
          Keep my design
        </button>
      </div>
    </dialog>
  );
}
