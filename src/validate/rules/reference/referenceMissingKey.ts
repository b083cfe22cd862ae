import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { updateAtPath } from '../../../model/valueAtPath';
import { listObjects, updateObject, type ObjectEntry } from '../../../model/workloads';
import { defineRule } from '../../rule';
import { objectReferencesOf } from '../../support/references/reportUndefinedReferences';

/** Keys a pod reads from a ConfigMap or Secret of this file that does not have them. */
export const referenceMissingKeyRule = defineRule({
  id: 'reference/missing-key',
  severity: 'warning',
  title: 'Keys the pod reads exist in the ConfigMap or Secret',
  why: 'When an env var or a volume item names a key that its ConfigMap or Secret does not have, the container does not start (CreateContainerConfigError) or the volume cannot be mounted. Mark the reference optional: true if the pod should start without it.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#define-container-environment-variables-using-configmap-data',
  appliesTo: 'workload',
  check(context, report) {
    const objects = listObjects(context.manifest);
    for (const reference of objectReferencesOf(context)) {
      if (
        reference.optional ||
        reference.keys.length === 0 ||
        (reference.kind !== 'ConfigMap' && reference.kind !== 'Secret')
      )
        continue;
      const defined = findObject(objects, reference.kind, reference.name);
      if (!defined) continue;
      const available = keysOf(defined.object);
      const valueField = reference.kind === 'ConfigMap' ? 'data' : 'stringData';
      for (const { key, path } of reference.keys) {
        if (available.has(key)) continue;
        report({
          path,
          message: `${reference.kind} "${reference.name}" in this file has no key "${key}".`,
          fix: {
            label: `Add the key ${key} to ${reference.kind} "${reference.name}"`,
            apply: (manifest) =>
              updateObject(manifest, defined.ref, (object) =>
                keysOf(object).has(key) ? object : (updateAtPath(object, [valueField, key], () => '') as JsonObject),
              ),
          },
        });
      }
    }
  },
});

function findObject(objects: readonly ObjectEntry[], kind: string, name: string): ObjectEntry | undefined {
  return objects.find(
    ({ object }) => field(object, 'kind') === kind && field(field(object, 'metadata'), 'name') === name,
  );
}

/** The keys a ConfigMap (data, binaryData) or Secret (data, stringData) holds. */
function keysOf(object: JsonObject): Set<string> {
  const keys = new Set<string>();
  for (const mapField of ['data', 'binaryData', 'stringData']) {
    const values = field(object, mapField);
    if (isJsonObject(values)) for (const key of Object.keys(values)) keys.add(key);
  }
  return keys;
}
