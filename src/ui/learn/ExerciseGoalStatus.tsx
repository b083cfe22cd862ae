import { useMemo, useState } from 'react';
import type { Exercise } from '../../catalog/exercises';
import { checkExerciseGoal } from '../../exercises/checkExerciseGoal';
import { selectFindings } from '../../store/findings';
import { selectIsStale, selectManifest } from '../../store/selectors';
import { useDesigner } from '../app/DesignerStoreContext';

const HINTS_SHOWN = 3;

/** Whether the design meets the exercise's goal (text and icon), and hints from the validator on demand. */
export function ExerciseGoalStatus({ exercise }: { exercise: Exercise }) {
  const documents = useDesigner(selectManifest);
  const findings = useDesigner(selectFindings);
  const stale = useDesigner(selectIsStale);
  const [hintShown, setHintShown] = useState(false);
  const status = useMemo(() => checkExerciseGoal(exercise.check, documents, findings), [exercise, documents, findings]);
  const met = status.met && !stale;

  return (
    <div className="guide__goal-status">
      <p role="status" className={met ? 'guide__verdict is-met' : 'guide__verdict'}>
        <span aria-hidden="true">{met ? '✓' : '○'}</span>{' '}
        {met ? 'Goal met' : stale ? 'Goal not met yet: the YAML has an error' : 'Goal not met yet'}
      </p>
      {!met && (
        <>
          <button type="button" aria-expanded={hintShown} onClick={() => setHintShown((shown) => !shown)}>
            {hintShown ? 'Hide hint' : 'Hint'}
          </button>
          {hintShown && (
            <div className="guide__hints" role="group" aria-label="Hints">
              {status.hints.length === 0 ? (
                <p>{exercise.hint}</p>
              ) : (
                <ul>
                  {status.hints.slice(0, HINTS_SHOWN).map((hint) => (
                    <li key={hint.message}>
                      <strong>{hint.message}</strong> {hint.why}
                    </li>
                  ))}
                  {status.hints.length > HINTS_SHOWN && (
                    <li>…and {status.hints.length - HINTS_SHOWN} more in the validator's findings.</li>
                  )}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
