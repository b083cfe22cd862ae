import type { ExerciseGoalCheck } from '../catalog/exercises/exercise';
import type { Manifest } from '../model/manifest';
import type { FindingData } from '../validate/finding';
import type { GoalStatus } from './goalStatus';
import { noErrorsGoal } from './goals/noErrorsGoal';
import { podSecurityLevelGoal } from './goals/podSecurityLevelGoal';
import { readinessProbeGoal } from './goals/readinessProbeGoal';
import { sharedTailedVolumeGoal } from './goals/sharedTailedVolumeGoal';

/**
 * Checks an exercise's goal against the design and the validator's findings for it.
 * @example checkExerciseGoal({ kind: 'no-errors' }, documents, findings).met
 */
export function checkExerciseGoal(
  check: ExerciseGoalCheck,
  documents: Manifest,
  findings: readonly FindingData[],
): GoalStatus {
  switch (check.kind) {
    case 'readiness-probe':
      return readinessProbeGoal(documents, findings, check.container);
    case 'shared-tailed-volume':
      return sharedTailedVolumeGoal(documents, findings);
    case 'pod-security-level':
      return podSecurityLevelGoal(documents, findings, check.level);
    case 'no-errors':
      return noErrorsGoal(documents, findings);
  }
}
