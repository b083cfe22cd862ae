import tableJson from '../generated/kubernetes-versions.json';

/**
 * When each Kubernetes API field and kind exists, as generated into
 * src/generated/kubernetes-versions.json at `npm install` (`npm run generate:versions`) from the published,
 * versioned npm packages of the official Kubernetes JavaScript client (one per Kubernetes minor
 * it was generated from; scripts/kubernetes-versions/). Versions are minors of 1.x: 30 is 1.30.
 */
export interface KubernetesVersionTable {
  /** Where the facts come from: package name and version per Kubernetes minor. */
  readonly source: Readonly<Record<string, string>>;
  /** Where the enum values come from (packages that keep them), by Kubernetes minor. */
  readonly valueSource: Readonly<Record<string, string>>;
  /** The Kubernetes minors a user can target, oldest first (29 … 36). */
  readonly supported: readonly number[];
  /** The minors whose API is published in a package; a supported minor missing here is a gap. */
  readonly published: readonly number[];
  /**
   * The published minors whose served kinds are known too (a package that keeps every API version
   * ever served tells the fields of its minor, not which kinds it serves).
   */
  readonly kindsPublished: readonly number[];
  /**
   * Kinds whose serving changes in or before the supported range, by `apiVersion/Kind`
   * (`batch/v1beta1/CronJob`): the first and last published minor that serves it, and the
   * apiVersion that replaces it without any other change (every field of the old one exists in it).
   */
  readonly kinds: Readonly<Record<string, KindServing>>;
  /** The type of each kind served by the newest version that has (transitively) newer fields. */
  readonly roots: Readonly<Record<string, string>>;
  /** Types by name: the fields that are newer than the oldest supported minor, or lead to one. */
  readonly types: Readonly<Record<string, Readonly<Record<string, FieldAvailability>>>>;
}

export interface KindServing {
  readonly first: number;
  readonly last: number;
  readonly replacement?: string;
}

/** When something (a field, a value) first appears in the published APIs. */
export interface Introduction {
  /** The first published minor that has it. */
  readonly since: number;
  /**
   * The newest minor known not to have it, when that is not the published minor right before
   * `since`: a package in between does not describe its place (cdk8s imports leave out `status`).
   * -1 when no minor is known not to have it.
   */
  readonly absentUntil?: number;
}

export interface FieldAvailability extends Partial<Introduction> {
  /** The type of the field's value (of its items, for a list or map), when it leads to newer fields. */
  readonly type?: string;
  /** `since` (and `absentUntil`): when the field first appears, if newer than the oldest supported minor. */
  /** Values of the field's enum that are newer than the field and than the oldest supported minor. */
  readonly values?: Readonly<Record<string, ValueAvailability>>;
}

/**
 * When an enum value first appears. Fewer minors have enum data (valueSource) than field data, so
 * the last minor known not to have it is always given.
 */
export interface ValueAvailability extends Introduction {
  readonly absentUntil: number;
}

/**
 * The generated table. Import this module lazily in the app (the validation worker does), so that
 * no first-screen chunk carries it.
 */
export const kubernetesVersionTable: KubernetesVersionTable = tableJson;
