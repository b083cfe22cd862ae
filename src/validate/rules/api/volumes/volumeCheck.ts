import type { DataPath } from '../../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../../model/jsonValue';
import { VOLUME_SOURCE_TYPES, type VolumeSourceType } from '../../../../model/volumes';
import type { ObjectContext } from '../../../objectContext';
import type { RuleReport } from '../../../rule';

export type ReportFinding = (finding: RuleReport) => void;

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
 */
export type VolumeCheck = (target: VolumeUnderCheck, report: ReportFinding) => void;

/** Source types the volume sets to a mapping, in the order the API server checks them. */
export function presentSourceTypes(volume: JsonObject): VolumeSourceType[] {
  return VOLUME_SOURCE_TYPES.filter((type) => isJsonObject(field(volume, type)));
}

/**
 * The source the API server validates: the first one set. Later ones are only reported as
 * "more than 1 volume type". A volume with no source is defaulted to `emptyDir: {}`.
 */
export function validatedSource(volume: JsonObject): { readonly type: VolumeSourceType; readonly source: JsonObject } | undefined {
  for (const type of VOLUME_SOURCE_TYPES) {
    const source = field(volume, type);
    if (isJsonObject(source)) return { type, source };
  }
  return undefined;
}

/** Runs a check on every volume of the pod. */
export function checkEveryVolume(context: ObjectContext, check: VolumeCheck, report: ReportFinding): void {
  for (const entry of context.volumes) {
    check({ volume: entry.volume, name: entry.name, path: [...context.podSpecPath, 'volumes', entry.index], context }, report);
  }
}

