import { podSecurityLevel } from '../../validate/podSecurityLevel';
import { MET, type StepContext, type StepOutcome, unmet } from './stepContext';

/** The validator no longer reports `rule` for the designed workload. */
export function ruleSilentStep(context: StepContext, rule: string): StepOutcome {
  const finding = context.podFindings.find((entry) => entry.ruleId === rule);
  return finding ? unmet(finding.message) : MET;
}

/** The workload passes the Pod Security Standards `level`. */
export function podSecurityLevelStep(context: StepContext, level: 'baseline' | 'restricted'): StepOutcome {
  if (podSecurityLevel(context.podFindings)[level].passes) return MET;
  const control = context.podFindings.find(
    (finding) => finding.securityControl && (level === 'restricted' || finding.securityControl.level === 'baseline'),
  );
  return unmet(control?.message ?? `The pod does not pass ${level}.`);
}
