import type { FindingData } from './finding';
import { BASELINE_CONTROLS, RESTRICTED_CONTROLS } from './support/podSecurity/pssControls';

export interface PodSecurityLevelVerdict {
  readonly passes: boolean;
  /** Names of the failing controls, in the order the standard lists them, each once. */
  readonly failingControls: readonly string[];
}

/** How one workload fares against the Pod Security Standards. */
export interface PodSecurityLevel {
  readonly baseline: PodSecurityLevelVerdict;
  /** Restricted includes Baseline: its failing controls include Baseline's. */
  readonly restricted: PodSecurityLevelVerdict;
}

/**
 * Restricted controls that fail whenever a Baseline control fails, although the validator reports
 * the problem once, under Baseline (a hostPath volume is also a forbidden Restricted volume type).
 */
const RESTRICTED_FAILURES_IMPLIED_BY_BASELINE: Readonly<Record<string, string>> = {
  'HostPath Volumes': 'Volume Types',
};

/**
 * Summarises the Pod Security Standards findings of one workload (other findings are ignored).
 * @example podSecurityLevel([]) → both levels pass, no failing controls
 */
export function podSecurityLevel(findings: readonly FindingData[]): PodSecurityLevel {
  const baseline = new Set<string>();
  const restrictedOnly = new Set<string>();
  for (const finding of findings) {
    const control = finding.securityControl;
    if (!control) continue;
    if (control.level === 'baseline') {
      baseline.add(control.control);
      const implied = RESTRICTED_FAILURES_IMPLIED_BY_BASELINE[control.control];
      if (implied) restrictedOnly.add(implied);
    } else {
      restrictedOnly.add(control.control);
    }
  }
  const baselineFailing = inStandardOrder(baseline, BASELINE_CONTROLS);
  const restrictedFailing = [...baselineFailing];
  for (const control of inStandardOrder(restrictedOnly, RESTRICTED_CONTROLS)) {
    if (!restrictedFailing.includes(control)) restrictedFailing.push(control);
  }
  return {
    baseline: { passes: baselineFailing.length === 0, failingControls: baselineFailing },
    restricted: { passes: restrictedFailing.length === 0, failingControls: restrictedFailing },
  };
}

/** Known controls in the standard's order, then any unknown names in the order met. */
function inStandardOrder(controls: ReadonlySet<string>, order: readonly string[]): string[] {
  return [...order.filter((name) => controls.has(name)), ...[...controls].filter((name) => !order.includes(name))];
}

/**
 * One line for a status bar.
 * @example formatPodSecurityLevel(level) === 'Baseline: passes · Restricted: fails (3 controls)'
 */
export function formatPodSecurityLevel(level: PodSecurityLevel): string {
  return `Baseline: ${formatVerdict(level.baseline)} · Restricted: ${formatVerdict(level.restricted)}`;
}

function formatVerdict(verdict: PodSecurityLevelVerdict): string {
  if (verdict.passes) return 'passes';
  const count = verdict.failingControls.length;
  return `fails (${count} ${count === 1 ? 'control' : 'controls'})`;
}
