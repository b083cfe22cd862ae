import type { Manifest } from '../../model/manifest';
import { sameObjectRef } from '../../model/workloads';
import type { FindingData } from '../../validate/finding';
import { podSecurityLevel } from '../../validate/podSecurityLevel';
import { designedPod } from '../designedPod';
import { errorFindings, goalHints } from '../goalHints';
import type { GoalStatus } from '../goalStatus';

/**
 * Met when the designed workload passes the Pod Security Standards `level` and the design has no
 * errors. Hints: the errors, then the findings of the failing controls.
 */
export function podSecurityLevelGoal(
  documents: Manifest,
  findings: readonly FindingData[],
  level: 'baseline' | 'restricted',
): GoalStatus {
  const pod = designedPod(documents);
  const errors = errorFindings(findings);
  if (!pod) return { met: false, hints: goalHints(errors) };
  const ofPod = findings.filter((finding) => sameObjectRef(finding.objectRef, pod.ref));
  const controls = ofPod.filter(
    (finding) => finding.securityControl && (level === 'restricted' || finding.securityControl.level === 'baseline'),
  );
  return {
    met: podSecurityLevel(ofPod)[level].passes && errors.length === 0,
    hints: goalHints([...errors, ...controls]),
  };
}
