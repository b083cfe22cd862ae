import { field } from '../../../model/jsonValue';
import type { Manifest } from '../../../model/manifest';
import { listContainerSlots } from '../../../model/containers';
import { appendDocument, listObjects, listWorkloads, podSpecOf } from '../../../model/workloads';
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
    const creator = runTimeCreatorOf(context.manifest, name);
    if (creator) {
      report({
        path: required[0]!.path,
        message: `${kind} "${name}" is not defined in this file: ${creator} names it in its command, so it is expected to create it at run time (the pod waits until it exists).`,
      });
      continue;
    }
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

/**
 * The Job or CronJob of the manifest whose containers' command or args name `name` (a job that
 * runs `kubectl create secret … name`, or an operator's bootstrap job), as `Job "x"`; else null.
 * Objects made at run time are normal: they need no stub in the file.
 */
function runTimeCreatorOf(manifest: Manifest, name: string): string | null {
  const word = new RegExp(`(^|[^a-z0-9.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9.-])`);
  for (const workload of listWorkloads(manifest)) {
    const kind = field(workload.object, 'kind');
    if (kind !== 'Job' && kind !== 'CronJob') continue;
    const containers = listContainerSlots(podSpecOf(workload.object));
    const mentions = containers.some(({ container }) =>
      [field(container, 'command'), field(container, 'args')].some(
        (value) => Array.isArray(value) && value.some((item) => typeof item === 'string' && word.test(item)),
      ),
    );
    if (mentions) return `${kind} "${String(field(field(workload.object, 'metadata'), 'name'))}"`;
  }
  return null;
}

function isDefinedIn(manifest: Manifest, kind: string, name: string): boolean {
  return listObjects(manifest).some(
    ({ object }) => field(object, 'kind') === kind && field(field(object, 'metadata'), 'name') === name,
  );
}
