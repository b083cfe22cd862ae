import { addReadinessProbeExercise } from './addReadinessProbe';
import type { Exercise } from './exercise';
import { fixRejectedPodExercise } from './fixRejectedPod';
import { restrictedPodSecurityExercise } from './restrictedPodSecurity';
import { shareLogVolumeExercise } from './shareLogVolume';

export type { Exercise } from './exercise';

/** The workshop exercises, easiest first. */
export const EXERCISES: readonly Exercise[] = [
  addReadinessProbeExercise,
  shareLogVolumeExercise,
  restrictedPodSecurityExercise,
  fixRejectedPodExercise,
];

/** The exercise with this id, if there is one. */
export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
