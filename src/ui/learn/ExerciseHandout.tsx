import type { Exercise } from '../../catalog/exercises';
import { NO_ERRORS_STEP, SIMULATION_STEP } from '../../exercises/checkExerciseGoal';
import { describeLockedPart } from '../../exercises/locks/lockedParts';
import { exerciseLinkAddress } from './exerciseLinkAddress';
import { useQrCodeSvg } from './useQrCodeSvg';

/** One exercise on one printed page: goal, what the images do, the checklist, and its link as text and QR code. */
export function ExerciseHandout({ exercise }: { exercise: Exercise }) {
  const link = exerciseLinkAddress(exercise);
  const qr = useQrCodeSvg(link);
  return (
    <article className="handout" aria-label={`Handout: ${exercise.title}`}>
      <p className="handout__kind">Pod Designer exercise · {exercise.topic}</p>
      <h2 className="handout__title">{exercise.title}</h2>
      <p className="handout__goal">
        <strong>Goal:</strong> {exercise.goal}
      </p>
      {exercise.images && exercise.images.length > 0 && (
        <>
          <h3>What the images do</h3>
          <ul>
            {exercise.images.map((facts) => (
              <li key={facts.repository}>{facts.summary}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Done when</h3>
      <ul className="handout__steps">
        {[...exercise.steps.map((step) => step.label), NO_ERRORS_STEP, SIMULATION_STEP].map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      {exercise.locked && exercise.locked.length > 0 && (
        <p className="handout__locked">
          Locked, so you cannot change them: {exercise.locked.map(describeLockedPart).join('; ')}.
        </p>
      )}
      <div className="handout__link">
        {qr ? (
          <img
            className="handout__qr"
            src={qr}
            alt={`QR code of the link to “${exercise.title}”`}
            width={160}
            height={160}
          />
        ) : (
          <span className="handout__qr" role="img" aria-label="QR code loading" />
        )}
        <p>
          Open the exercise in Pod Designer:
          <br />
          <code>{link}</code>
        </p>
      </div>
    </article>
  );
}
