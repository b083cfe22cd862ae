import { sameObjectRef, type WorkloadEntry } from '../model/workloads';
import type { FindingData } from '../validate/finding';
import { formatPodSecurityLevel, podSecurityLevel, type PodSecurityLevel } from '../validate/podSecurityLevel';
import type { DesignerState } from './designerStore';
import { selectFindings, selectValidationPending } from './findings';
import { memoizeByObject } from './memoize';
import { selectCurrentWorkload } from './selectors';

const levelOf = memoizeByObject(
  (findings: readonly FindingData[], workload: WorkloadEntry | null): PodSecurityLevel | null =>
    workload ? podSecurityLevel(findings.filter((finding) => sameObjectRef(finding.objectRef, workload.ref))) : null,
);

/** How the designed workload fares against the Pod Security Standards (null without a workload, or before the first findings). */
export const selectPodSecurityLevel = (state: DesignerState): PodSecurityLevel | null =>
  selectValidationPending(state) ? null : levelOf(selectFindings(state), selectCurrentWorkload(state));

/** "Baseline: passes · Restricted: fails (3 controls)", or null without a workload. */
export const selectPodSecuritySummary = (state: DesignerState): string | null => {
  const level = selectPodSecurityLevel(state);
  return level ? formatPodSecurityLevel(level) : null;
};

export type { PodSecurityLevel } from '../validate/podSecurityLevel';
