import type { DataPath } from './dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';

/** A StatefulSet's volume claim template, which containers mount by name like a volume. */
export interface ClaimTemplateEntry {
  readonly index: number;
  readonly name: string;
  /** 1 for the first template of this name, 2 for a second one (an error, drawn all the same) … */
  readonly occurrence: number;
  readonly template: JsonObject;
}

/** Where a StatefulSet keeps its claim templates, inside the workload object. */
export const CLAIM_TEMPLATES_PATH: DataPath = ['spec', 'volumeClaimTemplates'];

/**
 * The volume claim templates of a StatefulSet (none for other kinds): the controller creates one
 * PersistentVolumeClaim per replica from each (`data-web-0`, `data-web-1` …) and adds it to that
 * replica's pod as a volume of the template's name.
 * @example listClaimTemplates(statefulSet)[0].name // "data"
 */
export function listClaimTemplates(workload: JsonObject): ClaimTemplateEntry[] {
  if (field(workload, 'kind') !== 'StatefulSet') return [];
  const templates = field(field(workload, 'spec'), 'volumeClaimTemplates');
  if (!isJsonArray(templates)) return [];
  const seen = new Map<string, number>();
  return templates.flatMap((template, index) => {
    if (!isJsonObject(template)) return [];
    const nameField = field(field(template, 'metadata'), 'name');
    const name = typeof nameField === 'string' ? nameField : '';
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    return [{ index, name, occurrence, template }];
  });
}
