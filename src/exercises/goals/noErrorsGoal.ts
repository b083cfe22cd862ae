import type { Manifest } from '../../model/manifest';
import type { FindingData } from '../../validate/finding';
import { designedPod } from '../designedPod';
import { errorFindings, goalHints } from '../goalHints';
import type { GoalStatus } from '../goalStatus';

/** Met when the design still has a workload and the validator reports no errors. */
export function noErrorsGoal(documents: Manifest, findings: readonly FindingData[]): GoalStatus {
  const errors = errorFindings(findings);
  return { met: designedPod(documents) !== null && errors.length === 0, hints: goalHints(errors) };
}
