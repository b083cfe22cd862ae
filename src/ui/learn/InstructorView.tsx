import { useId } from 'react';
import { EXERCISES } from '../../catalog/exercises';
import { describeLockedPart } from '../../exercises/locks/lockedParts';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import { exerciseLinkAddress } from './exerciseLinkAddress';
import './learn.css';

/** Every exercise with its goal, steps, locks and link, and a printable handout of each. */
export function InstructorView() {
  const store = useDesignerStore();
  const onClose = () => store.getState().closeDialog();
  const dialogRef = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      className="learn-dialog learn-dialog--instructor"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="learn-dialog__header">
        <h2 id={titleId}>Instructor view: {EXERCISES.length} exercises</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <ol className="instructor-list learn-dialog__panel">
        {EXERCISES.map((exercise) => (
          <li key={exercise.id}>
            <section aria-label={exercise.title}>
              <h3>
                {exercise.title} <span className="instructor-list__topic">{exercise.topic}</span>
              </h3>
              <p>{exercise.goal}</p>
              <ul className="instructor-list__steps" aria-label="Steps">
                {exercise.steps.map((step) => (
                  <li key={step.label}>{step.label}</li>
                ))}
              </ul>
              {exercise.locked && exercise.locked.length > 0 && (
                <p className="instructor-list__locked">Locked: {exercise.locked.map(describeLockedPart).join('; ')}.</p>
              )}
              <p className="instructor-list__actions">
                <code>{exerciseLinkAddress(exercise)}</code>
                <button
                  type="button"
                  onClick={() => store.getState().openDialog({ kind: 'exerciseHandout', exercise })}
                  aria-label={`Handout: ${exercise.title}`}
                >
                  Handout
                </button>
              </p>
            </section>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
