import type { DataPath } from '../model/dataPath';
import type { Manifest } from '../model/manifest';
import type { ObjectRef } from '../model/workloads';

/**
 * error: the Kubernetes API server would reject the object (or it cannot work at all);
 * warning: accepted, but a known mistake or a security risk; info: advice.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Rule families, shown as groups and filters. */
export type RuleFamily = 'schema' | 'api' | 'practice' | 'security' | 'reference';

/** The field error types the API server reports (`field.ErrorType`). */
export type ApiErrorType =
  | 'Required'
  | 'Invalid'
  | 'Duplicate'
  | 'NotFound'
  | 'Forbidden'
  | 'NotSupported'
  | 'TooLong'
  | 'TooMany';

/** A change that resolves a finding: a pure function of the manifest, applied as one undo step. */
export interface FindingFix {
  /** What the fix does, as a button label: "Set restartPolicy to Always". */
  readonly label: string;
  readonly apply: (manifest: Manifest) => Manifest;
}

/** One Pod Security Standards control a finding belongs to. */
export interface SecurityControl {
  readonly level: 'baseline' | 'restricted';
  /** The control's name as the Pod Security Standards page titles it: "Privileged Containers". */
  readonly control: string;
}

/**
 * Why a finding is not counted: the `pod-designer.io/ignore` annotation on its object, or the
 * team's config file (see validate/silencing). Silenced findings are kept, counted apart and shown
 * on request.
 */
export interface Silence {
  readonly by: 'annotation' | 'config';
  readonly reason?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly family: RuleFamily;
  readonly severity: Severity;
  /** The object (document, or item of a List) the finding is about. */
  readonly objectRef: ObjectRef;
  /** Field path inside the object, as the API server prints it: spec.containers[0].ports[1].name. */
  readonly path: DataPath;
  /** A more precise place to mark in the editor when `path` is coarser (the API drops map keys). */
  readonly markerPath?: DataPath;
  readonly message: string;
  /** One or two plain sentences on why it matters, for a workshop attendee. */
  readonly why: string;
  /** The kubernetes.io documentation page that explains it. */
  readonly docsUrl: string;
  readonly errorType?: ApiErrorType;
  readonly securityControl?: SecurityControl;
  readonly fix?: FindingFix;
  /** Set when the finding is silenced (see Silence); absent on what the validator reports itself. */
  readonly silenced?: Silence;
}

/**
 * A finding as plain data, as the validation worker sends it: a fix is only its label (the app
 * finds the fix itself again when it is applied). Every Finding is one.
 */
export interface FindingData extends Omit<Finding, 'fix'> {
  readonly fix?: Pick<FindingFix, 'label'>;
}
