import { Printer } from 'lucide-react';
import { useId } from 'react';
import type { Exercise } from '../../catalog/exercises';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import { ExerciseHandout } from './ExerciseHandout';
import './learn.css';

/** A printable one-page handout of an exercise; printing shows only the handout (see learn.css). */
export function HandoutDialog({ exercise }: { exercise: Exercise }) {
  const store = useDesignerStore();
  const onBack = () => store.getState().openDialog({ kind: 'instructorView' });
  const dialogRef = useModalDialog();
  const titleId = useId();
  return (
    <dialog ref={dialogRef} className="learn-dialog learn-dialog--handout" aria-labelledby={titleId} onClose={onBack}>
      <header className="learn-dialog__header handout-dialog__header">
        <h2 id={titleId}>Handout to print</h2>
        <div className="learn-dialog__actions">
          <button type="button" className="is-primary" onClick={() => window.print()}>
            <Printer aria-hidden="true" size={16} /> Print
          </button>
          <button type="button" onClick={onBack}>
            Back to all exercises
          </button>
        </div>
      </header>
      <div className="learn-dialog__panel">
        <ExerciseHandout exercise={exercise} />
      </div>
    </dialog>
  );
}
