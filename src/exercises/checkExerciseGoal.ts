import type { Exercise } from '../catalog/exercises/exercise';
import type { Manifest } from '../model/manifest';
import { sameObjectRef } from '../model/workloads';
import type { FindingData } from '../validate/finding';
import { simulatedOutcome } from './design/simulatedOutcome';
import { designedPod } from './designedPod';
import type { GoalStatus, StepStatus } from './goalStatus';
import { checkStep } from './steps/checkStep';

/** The two steps every goal ends with: the design is accepted, and it really runs. */
export const NO_ERRORS_STEP = 'The validator reports no errors';
export const SIMULATION_STEP = 'In the lifecycle simulation the pod runs as meant';

/**
 * Checks an exercise's goal, step by step, against the design and the validator's findings for
 * it. The goal is met only when every step is: the exercise's own steps, no errors, and the
 * lifecycle simulation — told what the exercise says the images do — runs the pod.
 * @example checkExerciseGoal(exercise, documents, findings).steps.filter((step) => step.met).length
 */
export function checkExerciseGoal(
  exercise: Exercise,
  documents: Manifest,
  findings: readonly FindingData[],
): GoalStatus {
  const pod = designedPod(documents);
  const error = findings.find((finding) => finding.severity === 'error');
  const noErrors: StepStatus = { label: NO_ERRORS_STEP, met: !error, ...(error ? { detail: error.message } : {}) };
  if (!pod) {
    const steps: StepStatus[] = exercise.steps.map((step) => ({
      label: step.label,
      met: false,
      detail: 'The design has no Pod or workload.',
    }));
    return { met: false, steps: [...steps, noErrors, { label: SIMULATION_STEP, met: false }] };
  }
  const context = {
    exercise,
    documents,
    pod,
    podFindings: findings.filter((finding) => sameObjectRef(finding.objectRef, pod.ref)),
  };
  const steps: StepStatus[] = exercise.steps.map((step) => ({ label: step.label, ...checkStep(step.check, context) }));
  const outcome = simulatedOutcome(pod.podSpec, exercise.images ?? []);
  // A pod the API server rejects never runs, whatever the simulation of its spec shows.
  const simulation: StepStatus = error
    ? { label: SIMULATION_STEP, met: false, detail: 'The API server would reject the pod, so it never runs.' }
    : {
        label: SIMULATION_STEP,
        met: outcome.works,
        ...(outcome.works ? {} : { detail: [outcome.finalStatus, ...outcome.reasons].join('. ') }),
      };
  const all = [...steps, noErrors, simulation];
  return { met: all.every((step) => step.met), steps: all };
}
