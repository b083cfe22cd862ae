import type { DataPath } from '../../../model/dataPath';
import { isJsonObject, type JsonValue } from '../../../model/jsonValue';
import type { FieldAvailability } from '../../../schema/kubernetesVersionTable';
import type { ObjectContext } from '../../objectContext';
import { fieldsOfType, type KubernetesTarget, kindPresence, presenceOf } from './kubernetesTarget';

/** A field of the object that the version table knows something about, as the walk meets it. */
export interface VersionedField {
  readonly path: DataPath;
  readonly value: JsonValue | undefined;
  readonly availability: FieldAvailability;
  /** Whether the target has the field itself (a field it lacks is not walked into). */
  readonly present: boolean;
}

/**
 * Visits every field of the object that is newer than the oldest target, has newer values, or
 * leads to such a field, when the target serves the object's kind (a kind it does not serve is
 * schema/target-version-api's finding, not one per field). The target-version rules share it.
 */
export function forEachVersionedField(
  context: ObjectContext,
  target: KubernetesTarget,
  visit: (field: VersionedField) => void,
): void {
  if (!context.apiVersion || !context.kind) return;
  const kind = `${context.apiVersion}/${context.kind}`;
  const serving = target.table.kinds[kind];
  if (serving && kindPresence(target, serving) !== 'present') return;
  const root = target.table.roots[kind];
  if (root) walk(target, root, context.object, [], visit);
}

function walk(
  target: KubernetesTarget,
  type: string,
  value: JsonValue | undefined,
  path: DataPath,
  visit: (field: VersionedField) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(target, type, item, [...path, index], visit);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  const fields = fieldsOfType(target.table, type);
  for (const [name, child] of Object.entries(value)) {
    const availability = fields[name];
    if (!availability) continue;
    const fieldPath = [...path, name];
    const present = presenceOf(target, availability) !== 'absent';
    visit({ path: fieldPath, value: child, availability, present });
    if (present && availability.type) walk(target, availability.type, child, fieldPath, visit);
  }
}
