import { CONTAINER_NAME_ANNOTATIONS } from '../containerAnnotations';
import { containerNames } from '../containers';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../jsonValue';
import { updateAtPath, withKey } from '../valueAtPath';
import { workloadKindOf } from '../workloads';
import { mapAllContainers, OperationError, updateContainer, updatePodSpec } from './updatePodSpec';

/** Annotation keys that end with a container's name (per-container AppArmor and seccomp profiles). */
const CONTAINER_KEY_PREFIXES = [
  'container.apparmor.security.beta.kubernetes.io/',
  'container.seccomp.security.alpha.kubernetes.io/',
];

/**
 * Renames a container and every reference to it: `resourceFieldRef.containerName` in env vars and
 * downwardAPI volumes, the per-container AppArmor and seccomp annotation keys, and the annotations
 * that name a default container.
 */
export function renameContainer(workload: JsonObject, from: string, to: string): JsonObject {
  if (from === to) return workload;
  let next = updatePodSpec(workload, (podSpec) => {
    if (containerNames(podSpec).includes(to)) throw new OperationError(`A container named "${to}" already exists.`);
    return podSpec;
  });
  next = updateContainer(next, from, (container) => withKey(container, 'name', to));
  next = updatePodSpec(next, (podSpec) => {
    const withEnv = mapAllContainers(
      podSpec,
      (container) => updateAtPath(container, ['env'], (env) => renameInResourceRefs(env, from, to)) as JsonObject,
    );
    return updateAtPath(withEnv, ['volumes'], (volumes) => renameInResourceRefs(volumes, from, to)) as JsonObject;
  });
  const metadataPath = workloadKindOf(next)?.podMetadataPath ?? ['metadata'];
  return updateAtPath(next, [...metadataPath, 'annotations'], (annotations) =>
    isJsonObject(annotations) ? renameInAnnotations(annotations, from, to) : annotations,
  ) as JsonObject;
}

/** The annotations with keys and values that name container `from` naming `to` (same order). */
function renameInAnnotations(annotations: JsonObject, from: string, to: string): JsonObject {
  const renamesKey = (key: string): boolean => CONTAINER_KEY_PREFIXES.some((prefix) => key === prefix + from);
  const renamesValue = (key: string): boolean => CONTAINER_NAME_ANNOTATIONS.includes(key) && annotations[key] === from;
  const keys = Object.keys(annotations);
  if (!keys.some((key) => renamesKey(key) || renamesValue(key))) return annotations;
  const renamed: Record<string, JsonValue> = {};
  for (const key of keys) {
    const newKey = renamesKey(key) ? key.slice(0, key.length - from.length) + to : key;
    Object.defineProperty(renamed, newKey, {
      value: renamesValue(key) ? to : annotations[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return renamed;
}

/** Renames `containerName` inside any `resourceFieldRef` found under `value`. */
function renameInResourceRefs(value: JsonValue | undefined, from: string, to: string): JsonValue | undefined {
  if (isJsonArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = renameInResourceRefs(item, from, to) as JsonValue;
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  if (!isJsonObject(value)) return value;
  let result: JsonObject = value;
  for (const key of Object.keys(value)) {
    const child = value[key] as JsonValue;
    if (key === 'resourceFieldRef' && isJsonObject(child) && field(child, 'containerName') === from) {
      result = withKey(result, key, withKey(child, 'containerName', to));
    } else if (typeof child === 'object' && child !== null) {
      const next = renameInResourceRefs(child, from, to) as JsonValue;
      if (next !== child) result = withKey(result, key, next);
    }
  }
  return result;
}
