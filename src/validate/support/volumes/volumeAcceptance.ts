import { field, type JsonObject } from '../../../model/jsonValue';
import { isDns1123Label } from '../nameFormats';
import type { ObjectContext } from '../../objectContext';
import { checkEmptyDirVolume } from './sourceChecks/checkEmptyDirVolume';
import { checkHostPathVolume } from './sourceChecks/checkHostPathVolume';
import { checkVolumeCsi } from './sourceChecks/checkVolumeCsi';
import { volumeCheckFindings, type VolumeCheck } from './volumeCheck';
import { checkVolumeDownwardApi } from './sourceChecks/checkVolumeDownwardApi';
import { checkVolumeEphemeral } from './sourceChecks/checkVolumeEphemeral';
import { checkVolumeFileMode } from './sourceChecks/checkVolumeFileMode';
import { checkVolumeImage } from './sourceChecks/checkVolumeImage';
import { checkVolumeItemPath } from './sourceChecks/checkVolumeItemPath';
import { checkVolumeNfs } from './sourceChecks/checkVolumeNfs';
import { checkVolumeObjectName } from './sourceChecks/checkVolumeObjectName';
import { checkVolumeProjected } from './sourceChecks/checkVolumeProjected';
import { checkVolumeSourceCount } from './sourceChecks/checkVolumeSourceCount';
import { decodedString, objectItems } from '../decoding/decodedValue';

/** Every check `validateVolumeSource` makes that these rules replicate. */
const SOURCE_CHECKS: readonly VolumeCheck[] = [
  checkVolumeSourceCount,
  checkEmptyDirVolume,
  checkHostPathVolume,
  checkVolumeObjectName,
  checkVolumeFileMode,
  checkVolumeItemPath,
  checkVolumeDownwardApi,
  checkVolumeProjected,
  checkVolumeEphemeral,
  checkVolumeNfs,
  checkVolumeCsi,
  checkVolumeImage,
];

/** What the API server makes of the pod's volume list (`ValidateVolumes`). */
export interface VolumeAcceptance {
  /** The volumes containers can mount, by name: the first valid volume of each name. */
  readonly accepted: ReadonlyMap<string, JsonObject>;
  /** Names of volumes that exist but failed validation (a mount of them is reported NotFound). */
  readonly rejected: ReadonlySet<string>;
  /** Indexes of volumes reported as Duplicate: their name is taken by an earlier valid volume. */
  readonly duplicateIndexes: ReadonlySet<number>;
}

const cache = new WeakMap<ObjectContext, VolumeAcceptance>();

/**
 * A StatefulSet's controller adds a volume for each of its volumeClaimTemplates to every pod it
 * creates (replacing a template volume of the same name), so containers mount those by name.
 */
function addStatefulSetClaimVolumes(
  context: ObjectContext,
  accepted: Map<string, JsonObject>,
  rejected: Set<string>,
): void {
  if (context.kind !== 'StatefulSet') return;
  for (const { item } of objectItems(field(field(context.object, 'spec'), 'volumeClaimTemplates'))) {
    const name = decodedString(field(field(item, 'metadata'), 'name'));
    if (!name) continue;
    accepted.set(name, { name, persistentVolumeClaim: { claimName: name } });
    rejected.delete(name);
  }
}

/**
 * Which volumes the API server accepts, computed once per object and validation run. It keeps a
 * volume only when its name and source pass validation, and checks later names against the kept
 * ones only, so a mount of an invalid volume is "not found" and a name repeated after an invalid
 * volume is no duplicate.
 */
export function volumeAcceptance(context: ObjectContext): VolumeAcceptance {
  const cached = cache.get(context);
  if (cached) return cached;
  const accepted = new Map<string, JsonObject>();
  const rejected = new Set<string>();
  const duplicateIndexes = new Set<number>();
  const findings = SOURCE_CHECKS.map((check) => volumeCheckFindings(context, check));
  context.volumes.forEach((entry, position) => {
    let hasError = findings.some((perVolume) => perVolume[position]!.length > 0);
    if (typeof field(entry.volume, 'name') !== 'string' || !isDns1123Label(entry.name)) hasError = true;
    if (accepted.has(entry.name)) {
      duplicateIndexes.add(entry.index);
      hasError = true;
    }
    if (hasError) rejected.add(entry.name);
    else accepted.set(entry.name, entry.volume);
  });
  addStatefulSetClaimVolumes(context, accepted, rejected);
  const acceptance = { accepted, rejected, duplicateIndexes };
  cache.set(context, acceptance);
  return acceptance;
}
