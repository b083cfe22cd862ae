import { addReadinessProbeExercise } from './addReadinessProbe';
import { barePodToDeploymentExercise } from './barePodToDeployment';
import { configFromConfigMapExercise } from './configFromConfigMap';
import { distinctLivenessExercise } from './distinctLiveness';
import type { Exercise } from './exercise';
import { fixRejectedPodExercise } from './fixRejectedPod';
import { hostPathScratchExercise } from './hostPathScratch';
import { initNeverCompletesExercise } from './initNeverCompletes';
import { nativeSidecarOrderExercise } from './nativeSidecarOrder';
import { overlappingMountsExercise } from './overlappingMounts';
import { pinImageTagsExercise } from './pinImageTags';
import { probeUndeclaredPortExercise } from './probeUndeclaredPort';
import { producerConsumerExercise } from './producerConsumer';
import { readinessBehindServiceExercise } from './readinessBehindService';
import { restrictedPodSecurityExercise } from './restrictedPodSecurity';
import { secretAsFileExercise } from './secretAsFile';
import { shareLogVolumeExercise } from './shareLogVolume';

export type { Exercise } from './exercise';

/** The workshop exercises, easiest first; "Next exercise" follows this order. */
export const EXERCISES: readonly Exercise[] = [
  addReadinessProbeExercise,
  pinImageTagsExercise,
  probeUndeclaredPortExercise,
  shareLogVolumeExercise,
  producerConsumerExercise,
  barePodToDeploymentExercise,
  readinessBehindServiceExercise,
  distinctLivenessExercise,
  initNeverCompletesExercise,
  nativeSidecarOrderExercise,
  overlappingMountsExercise,
  configFromConfigMapExercise,
  secretAsFileExercise,
  hostPathScratchExercise,
  restrictedPodSecurityExercise,
  fixRejectedPodExercise,
];

/** The exercise with this id, if there is one. */
export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}

/** The exercise after this one, or null after the last. */
export function nextExercise(id: string): Exercise | null {
  const index = EXERCISES.findIndex((exercise) => exercise.id === id);
  return index >= 0 ? (EXERCISES[index + 1] ?? null) : null;
}
