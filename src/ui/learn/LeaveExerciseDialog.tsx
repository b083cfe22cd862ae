import { useId } from 'react';
import type { Exercise } from '../../catalog/exercises';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import './learn.css';

/** "New" during an exercise: leave it for a new pod, or stay. */
export function LeaveExerciseDialog({ exercise }: { exercise: Exercise }) {
  const store = useDesignerStore();
  const onStay = () => store.getState().closeDialog();
  const onLeave = () => store.getState().startNewPod();
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
      onClose={onStay}
    >
      <h2 id={titleId}>Leave the exercise “{exercise.title}”?</h2>
      <p id={textId}>
        A new pod replaces the exercise's design and closes its goal. Undo brings the design back; the exercise's link
        starts it again.
      </p>
      <div className="learn-dialog__actions">
        {/* biome-ignore lint/a11y/noAutofocus: a dialog moves focus into itself (WAI-ARIA dialog pattern). */}
        <button type="button" className="is-primary" onClick={onStay} autoFocus>
          Stay in the exercise
        </button>
        <button type="button" onClick={onLeave}>
          Leave and start a new pod
        </button>
      </div>
    </dialog>
  );
}
