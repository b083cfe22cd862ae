import type { DataPath } from '../model/dataPath';
import type { ApiErrorType, FindingFix, RuleFamily, SecurityControl, Severity } from './finding';
import type { KubernetesValidation } from './kubernetesValidation';
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

/** How a rule (or a check it delegates to) reports a finding. */
export type ReportFinding = (finding: RuleReport) => void;

/** The family each rule id prefix stands for: `pss/privileged` is a security rule. */
const FAMILY_OF_ID_PREFIX = {
  schema: 'schema',
  api: 'api',
  practice: 'practice',
  pss: 'security',
  reference: 'reference',
} as const satisfies Record<string, RuleFamily>;

/** A rule id: its family's prefix, a slash and kebab-case words (`api/container-name`). */
export type RuleId = `${keyof typeof FAMILY_OF_ID_PREFIX}/${string}`;

/**
 * A validator rule as its file writes it: a pure function of one object (with the rest of the
 * manifest at hand), and what users read about it. `why` is data shown to users: one or two plain
 * sentences a workshop attendee understands.
 */
export interface RuleDefinition {
  readonly id: RuleId;
  readonly severity: Severity;
  /** Short title for lists and docs: "Container names must be DNS labels". */
  readonly title: string;
  readonly why: string;
  readonly docsUrl: string;
  /** Workload rules run only on objects with a pod; 'any' rules on every object. */
  readonly appliesTo: 'workload' | 'any';
  /** For API-server rules: the Kubernetes validation functions the rule reproduces. */
  readonly mirrors?: readonly KubernetesValidation[];
  readonly check: (context: ObjectContext, report: ReportFinding) => void;
}

/** A rule with its family, which the id's prefix decides. */
export interface Rule extends RuleDefinition {
  readonly family: RuleFamily;
}

/** The family a rule id belongs to, by its prefix. */
export function familyOfRuleId(id: RuleId): RuleFamily {
  const prefix = id.slice(0, id.indexOf('/'));
  if (!Object.hasOwn(FAMILY_OF_ID_PREFIX, prefix)) throw new Error(`Rule id "${id}" has no known family prefix`);
  return FAMILY_OF_ID_PREFIX[prefix as keyof typeof FAMILY_OF_ID_PREFIX];
}

/** A rule from its definition: the family comes from the id (`api/…`, `pss/…`), never declared twice. */
export function defineRule(definition: RuleDefinition): Rule {
  return { ...definition, family: familyOfRuleId(definition.id) };
}
