import { sameObjectRef, type WorkloadEntry } from '../model/workloads';
import type { FindingData } from '../validate/finding';
import { formatPodSecurityLevel, podSecurityLevel, type PodSecurityLevel } from '../validate/podSecurityLevel';
import type { DesignerState } from './designerStore';
import { selectFindings } from './findings';
import { memoizeLast } from './memoize';
import { selectCurrentWorkload } from './selectors';

const levelOf = memoizeLast(
  (findings: readonly FindingData[], workload: WorkloadEntry | null): PodSecurityLevel | null =>
    workload ? podSecurityLevel(findings.filter((finding) => sameObjectRef(finding.objectRef, workload.ref))) : null,
);

/** How the designed workload fares against the Pod Security Standards (null without a workload). */
export const selectPodSecurityLevel = (state: DesignerState): PodSecurityLevel | null =>
  levelOf(selectFindings(state), selectCurrentWorkload(state));

const summaryOf = memoizeLast((level: PodSecurityLevel | null): string | null =>
  level ? formatPodSecurityLevel(level) : null,
);

/** "Baseline: passes · Restricted: fails (3 controls)", or null without a workload. */
export const selectPodSecuritySummary = (state: DesignerState): string | null =>
  summaryOf(selectPodSecurityLevel(state));

export type { PodSecurityLevel } from '../validate/podSecurityLevel';
