import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { VOLUME_SOURCE_TYPES, type VolumeSourceType } from '../../../model/volumes';
import type { ObjectContext } from '../../objectContext';
import type { ReportFinding, RuleReport } from '../../rule';

/** One volume of the pod, with its path inside the object (`spec.volumes[2]`). */
export interface VolumeUnderCheck {
  readonly volume: JsonObject;
  readonly name: string;
  readonly path: DataPath;
  readonly context: ObjectContext;
}

/**
 * A check of one volume that the API server makes in `validateVolumeSource`. Volume rules run
 * their check on every volume; {@link VolumeCheck}s are also run (silently) to learn which volumes
 * the server accepts, because a mount of a volume that failed validation is reported as NotFound.
 * The checks in sourceChecks/ each belong to one api/volume-* rule; docs/rules.md lists the
 * Kubernetes function each of those rules mirrors.
 */
export type VolumeCheck = (target: VolumeUnderCheck, report: ReportFinding) => void;

/** The position of each source type in the order the API server checks them. */
const SOURCE_ORDER: ReadonlyMap<string, number> = new Map(VOLUME_SOURCE_TYPES.map((type, index) => [type, index]));

const sourceTypesCache = new WeakMap<JsonObject, readonly VolumeSourceType[]>();

/** Source types the volume sets to a mapping, in the order the API server checks them. */
export function presentSourceTypes(volume: JsonObject): readonly VolumeSourceType[] {
  const cached = sourceTypesCache.get(volume);
  if (cached) return cached;
  const types: VolumeSourceType[] = [];
  // A volume has a handful of keys; walking them is much cheaper than probing all 30 source types.
  for (const key of Object.keys(volume)) {
    if (SOURCE_ORDER.has(key) && isJsonObject(volume[key])) types.push(key as VolumeSourceType);
  }
  if (types.length > 1) types.sort((a, b) => SOURCE_ORDER.get(a)! - SOURCE_ORDER.get(b)!);
  sourceTypesCache.set(volume, types);
  return types;
}

/**
 * The source the API server validates: the first one set. Later ones are only reported as
 * "more than 1 volume type". A volume with no source is defaulted to `emptyDir: {}`.
 */
export function validatedSource(
  volume: JsonObject,
): { readonly type: VolumeSourceType; readonly source: JsonObject } | undefined {
  const type = presentSourceTypes(volume)[0];
  return type ? { type, source: field(volume, type) as JsonObject } : undefined;
}

const targetsCache = new WeakMap<ObjectContext, readonly VolumeUnderCheck[]>();

/** The pod's volumes with their paths, built once per object and validation run. */
export function volumesUnderCheck(context: ObjectContext): readonly VolumeUnderCheck[] {
  const cached = targetsCache.get(context);
  if (cached) return cached;
  const targets = context.volumes.map((entry) => ({
    volume: entry.volume,
    name: entry.name,
    path: [...context.podSpecPath, 'volumes', entry.index],
    context,
  }));
  targetsCache.set(context, targets);
  return targets;
}

const findingsCache = new WeakMap<ObjectContext, Map<VolumeCheck, readonly (readonly RuleReport[])[]>>();

/**
 * What a check reports for each volume (in the order of `context.volumes`). Each check runs once
 * per object and validation run: the volume rules report these findings, and
 * {@link volumeAcceptance} reads them to learn which volumes the API server accepts.
 */
export function volumeCheckFindings(context: ObjectContext, check: VolumeCheck): readonly (readonly RuleReport[])[] {
  let byCheck = findingsCache.get(context);
  if (!byCheck) {
    byCheck = new Map();
    findingsCache.set(context, byCheck);
  }
  const cached = byCheck.get(check);
  if (cached) return cached;
  const findings = volumesUnderCheck(context).map((target) => {
    const reported: RuleReport[] = [];
    check(target, (finding) => reported.push(finding));
    return reported;
  });
  byCheck.set(check, findings);
  return findings;
}

/** Reports what a check finds on every volume of the pod. */
export function checkEveryVolume(context: ObjectContext, check: VolumeCheck, report: ReportFinding): void {
  for (const findings of volumeCheckFindings(context, check)) for (const finding of findings) report(finding);
}
