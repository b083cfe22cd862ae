import { CheckCircle2, Circle, FileDiff, Lightbulb, Link, SkipForward } from 'lucide-react';
import { useMemo } from 'react';
import type { Exercise } from '../../catalog/exercises';
import { checkExerciseGoal } from '../../exercises/checkExerciseGoal';
import { selectValidatedDesign } from '../../store/findings';
import { selectIsStale } from '../../store/selectors';
import { useDesigner } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';

/**
 * The exercise's goal as a checklist that fills as the learner goes, the verdict, the hints asked
 * for so far (each more specific), and the way on: solution, next exercise. The goal is checked
 * on the design the validator last checked, with its findings (never a newer design with older
 * findings), so it does not flicker while the validator catches up.
 */
export function ExerciseGoalStatus({ exercise }: { exercise: Exercise }) {
  const validated = useDesigner(selectValidatedDesign);
  const stale = useDesigner(selectIsStale);
  const hintsShown = useDesigner((state) => state.hintsShown);
  const status = useMemo(
    () => validated && checkExerciseGoal(exercise, validated.manifest.documents, validated.findings),
    [exercise, validated],
  );
  if (!status)
    return (
      <div className="guide__goal-status">
        <p role="status" className="guide__verdict">
          <span aria-hidden="true">○</span> Checking the design…
        </p>
      </div>
    );
  const met = status.met && !stale;
  const done = status.steps.filter((step) => step.met).length;

  return (
    <div className="guide__goal-status guide__goal-status--columns">
      <div className="guide__checklist">
        <p role="status" className={met ? 'guide__verdict is-met' : 'guide__verdict'}>
          <span aria-hidden="true">{met ? '✓' : '○'}</span>{' '}
          {met ? 'Goal met' : stale ? 'Goal not met yet: the YAML has an error' : 'Goal not met yet'}
          <span className="guide__progress">
            {' '}
            · {done} of {status.steps.length} steps
          </span>
        </p>
        <ol className="guide__steps" aria-label="Goal steps">
          {status.steps.map((step) => (
            <li key={step.label} className={step.met ? 'is-met' : undefined}>
              {step.met ? (
                <CheckCircle2 aria-hidden="true" size={15} className="guide__step-icon" />
              ) : (
                <Circle aria-hidden="true" size={15} className="guide__step-icon" />
              )}
              <span>
                {step.label}
                <span className="visually-hidden">{step.met ? ' (done)' : ' (not yet)'}</span>
                {!step.met && step.detail && <span className="guide__step-detail">{step.detail}</span>}
              </span>
            </li>
          ))}
        </ol>
      </div>
      <div className="guide__help">
        <div className="guide__actions">
          {!met && (
            <CommandButton
              id="learn.nextHint"
              icon={Lightbulb}
              label={
                hintsShown === 0
                  ? 'Hint'
                  : hintsShown < exercise.hints.length
                    ? `More specific hint (${hintsShown + 1} of ${exercise.hints.length})`
                    : 'All hints shown'
              }
            />
          )}
          <CommandButton id="learn.showSolution" icon={FileDiff} label="Show solution" />
          <CommandButton id="learn.nextExercise" icon={SkipForward} className={met ? 'is-primary' : undefined} />
          <CommandButton id="share.copyExerciseLink" icon={Link} label="Copy link" />
        </div>
        {hintsShown > 0 && (
          <ol className="guide__hints" aria-label="Hints">
            {exercise.hints.slice(0, hintsShown).map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
