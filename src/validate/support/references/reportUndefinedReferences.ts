import { field } from '../../../model/jsonValue';
import type { Manifest } from '../../../model/manifest';
import { appendDocument, listObjects } from '../../../model/workloads';
import { definedObjectKey, type ObjectContext } from '../../objectContext';
import type { RuleReport } from '../../rule';
import { listObjectReferences, type ObjectReference, type ReferencedKind } from './objectReferences';
import { namespaceOf, stubObject } from './stubObject';

const references = new WeakMap<ObjectContext, ObjectReference[]>();

/** The references of a workload, computed once per validation run and shared by the rules. */
export function objectReferencesOf(context: ObjectContext): ObjectReference[] {
  let found = references.get(context);
  if (!found) {
    found = listObjectReferences(context);
    references.set(context, found);
  }
  return found;
}

/**
 * Reports, once per object, the objects of `kind` that the pod needs but the file does not
 * define, at the first place that names each; the fix appends a stub of it. References that are
 * all `optional: true` are left out: the pod starts without them.
 */
export function reportUndefinedReferences(
  kind: ReferencedKind,
  context: ObjectContext,
  report: (finding: RuleReport) => void,
): void {
  const byName = new Map<string, ObjectReference[]>();
  for (const reference of objectReferencesOf(context)) {
    if (reference.kind !== kind || context.definedObjects.has(definedObjectKey(kind, reference.name))) continue;
    byName.set(reference.name, [...(byName.get(reference.name) ?? []), reference]);
  }
  for (const [name, named] of byName) {
    const required = named.filter((reference) => !reference.optional);
    if (required.length === 0) continue;
    const stub = stubObject(kind, name, required, namespaceOf(context.object));
    const keys = [...new Set(required.flatMap((reference) => reference.keys.map(({ key }) => key)))];
    const places = required.length > 1 ? ` (named in ${required.length} places)` : '';
    report({
      path: required[0]!.path,
      message: `${kind} "${name}" is not defined in this file, so it is assumed to exist in the cluster${keys.length > 0 ? ` with the keys ${keys.join(', ')}` : ''}${places}.`,
      fix: {
        label: `Add a ${kind} "${name}" to the file`,
        apply: (manifest: Manifest) => (isDefinedIn(manifest, kind, name) ? manifest : appendDocument(manifest, stub)),
      },
    });
  }
}

function isDefinedIn(manifest: Manifest, kind: string, name: string): boolean {
  return listObjects(manifest).some(
    ({ object }) => field(object, 'kind') === kind && field(field(object, 'metadata'), 'name') === name,
  );
}
