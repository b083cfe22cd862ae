import type { DataPath } from '../model/dataPath';
import type { ApiErrorType, FindingFix, RuleFamily, SecurityControl, Severity } from './finding';
import type { ObjectContext } from './objectContext';

/** What a rule reports; the rule's own id, family, why and docs link are added by the engine. */
export interface RuleReport {
  readonly path: DataPath;
  readonly message: string;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
  readonly markerPath?: DataPath;
  readonly errorType?: ApiErrorType;
  /** Overrides the rule's why for this finding (when one rule covers several cases). */
  readonly why?: string;
  readonly fix?: FindingFix;
  readonly securityControl?: SecurityControl;
}

/**
 * A validator rule: a pure function of one object (with the rest of the manifest at hand).
 * `why` is data shown to users: one or two plain sentences a workshop attendee understands.
 */
export interface Rule {
  readonly id: string;
  readonly family: RuleFamily;
  readonly severity: Severity;
  /** Short title for lists and docs: "Container names must be DNS labels". */
  readonly title: string;
  readonly why: string;
  readonly docsUrl: string;
  /** Workload rules run only on objects with a pod; 'any' rules on every object. */
  readonly appliesTo: 'workload' | 'any';
  readonly check: (context: ObjectContext, report: (finding: RuleReport) => void) => void;
}

/** Identity function that gives rule literals their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
