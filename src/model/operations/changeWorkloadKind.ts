import { deepEqual, field, isJsonObject, type JsonObject, type JsonValue } from '../jsonValue';
import { getAtPath, setAtPath, withKey, withoutKey } from '../valueAtPath';
import { WORKLOAD_KINDS, type WorkloadKind } from '../workloadKinds';
import { podMetadataOf, podSpecOf, workloadKindOf } from '../workloads';
import { OperationError } from './updatePodSpec';

/** What every workload kind has in common: a pod (metadata + spec) and the object's own metadata. */
interface PodDesign {
  readonly objectMetadata: JsonObject;
  readonly podLabels: JsonObject | undefined;
  readonly podAnnotations: JsonObject | undefined;
  /** A controller's template metadata without labels and annotations (rare: a template name ...). */
  readonly templateMetadataRest: JsonObject;
  readonly podSpec: JsonObject;
  /** A Job's or CronJob's job spec without its template (backoffLimit, completions ...). */
  readonly jobSpec: JsonObject | undefined;
}

const DEFAULT_SCHEDULE = '0 * * * *';

/**
 * Re-wraps the pod of a workload in another kind (Pod, Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job, CronJob), keeping the pod spec and labels and writing a
 * selector that matches them. Only the pod's restartPolicy may change, when the target kind
 * requires it (controllers need Always, Jobs Never or OnFailure).
 *
 * `remembered` is an earlier version of this object in the target kind (the app keeps one per kind
 * while the user switches): when nothing changed since, it comes back exactly; otherwise its
 * controller settings (replicas, strategy, schedule ...) are restored around the current pod.
 */
export function changeWorkloadKind(object: JsonObject, target: WorkloadKind, remembered?: JsonObject): JsonObject {
  const source = workloadKindOf(object);
  if (!source) throw new OperationError('This object is not a workload with a pod.');
  if (source.kind === target) return object;
  const rememberedUsable = remembered && workloadKindOf(remembered)?.kind === target ? remembered : undefined;
  if (rememberedUsable && deepEqual(convert(rememberedUsable, source.kind, undefined), object)) return rememberedUsable;
  return convert(object, target, rememberedUsable);
}

function convert(object: JsonObject, target: WorkloadKind, remembered: JsonObject | undefined): JsonObject {
  const design = decompose(object);
  return target === 'Pod' ? composePod(object, design) : composeController(object, target, design, remembered);
}

function decompose(object: JsonObject): PodDesign {
  const kind = workloadKindOf(object)!.kind;
  const metadata = field(object, 'metadata');
  const objectMetadata = isJsonObject(metadata) ? metadata : {};
  const podMetadata = podMetadataOf(object);
  const labels = field(podMetadata, 'labels');
  const annotations = field(podMetadata, 'annotations');
  let jobSpec: JsonObject | undefined;
  if (kind === 'Job' || kind === 'CronJob') {
    const path = kind === 'Job' ? ['spec'] : ['spec', 'jobTemplate', 'spec'];
    const spec = getAtPath(object, path);
    jobSpec = withoutKey(isJsonObject(spec) ? spec : {}, 'template');
  }
  return {
    objectMetadata,
    podLabels: isJsonObject(labels) ? labels : undefined,
    podAnnotations: isJsonObject(annotations) ? annotations : undefined,
    templateMetadataRest: kind === 'Pod' ? {} : withoutKey(withoutKey(podMetadata, 'labels'), 'annotations'),
    podSpec: podSpecOf(object),
    jobSpec,
  };
}

function composePod(source: JsonObject, design: PodDesign): JsonObject {
  let metadata = withoutKey(withoutKey(design.objectMetadata, 'labels'), 'annotations');
  if (design.podLabels) metadata = withKey(metadata, 'labels', design.podLabels);
  if (design.podAnnotations) metadata = withKey(metadata, 'annotations', design.podAnnotations);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: design.podSpec,
    ...rest(source),
  };
}

function composeController(
  source: JsonObject,
  target: WorkloadKind,
  design: PodDesign,
  remembered: JsonObject | undefined,
): JsonObject {
  const info = WORKLOAD_KINDS[target];
  const sourceKind = workloadKindOf(source)!.kind;
  const name = field(design.objectMetadata, 'name');
  const labels = design.podLabels && Object.keys(design.podLabels).length > 0 ? design.podLabels : defaultLabels(name);
  const fromPod = sourceKind === 'Pod';

  let objectMetadata: JsonObject;
  if (fromPod) {
    objectMetadata = withKey(withoutKey(design.objectMetadata, 'annotations'), 'labels', labels);
  } else {
    objectMetadata = design.objectMetadata;
  }
  if (remembered) objectMetadata = mergeRememberedMetadata(objectMetadata, remembered);

  let templateMetadata: JsonObject = { ...design.templateMetadataRest, labels };
  if (design.podAnnotations) templateMetadata = withKey(templateMetadata, 'annotations', design.podAnnotations);
  const podSpec = withRestartPolicyFor(target, design.podSpec);
  const template: JsonObject = { metadata: templateMetadata, spec: podSpec };

  const rememberedSpec = remembered ? field(remembered, 'spec') : undefined;
  let spec: JsonObject;
  if (target === 'Job' || target === 'CronJob') {
    const jobSpec: JsonObject = { ...(design.jobSpec ?? rememberedJobSpec(remembered, target) ?? {}), template };
    if (target === 'Job') spec = jobSpec;
    else {
      const cronSpec = isJsonObject(rememberedSpec)
        ? withoutKey(rememberedSpec, 'jobTemplate')
        : { schedule: DEFAULT_SCHEDULE };
      spec = { ...cronSpec, jobTemplate: { spec: jobSpec } };
    }
  } else {
    const controllerSettings = isJsonObject(rememberedSpec)
      ? withoutKey(withoutKey(rememberedSpec, 'selector'), 'template')
      : { ...defaultControllerSettings(target), ...sharedControllerSettings(source, target) };
    const selector = selectorFor(info.selector, labels, source, rememberedSpec);
    spec = { ...controllerSettings, ...(selector === undefined ? {} : { selector }), template };
  }
  return { apiVersion: info.apiVersion, kind: target, metadata: objectMetadata, spec, ...rest(source) };
}

/** Top-level keys that belong to no kind in particular are kept; status is dropped. */
function rest(source: JsonObject): JsonObject {
  let result: JsonObject = {};
  for (const key of Object.keys(source)) {
    if (!['apiVersion', 'kind', 'metadata', 'spec', 'status'].includes(key))
      result = withKey(result, key, source[key] as JsonValue);
  }
  return result;
}

function defaultLabels(name: JsonValue | undefined): JsonObject {
  return { app: typeof name === 'string' && name !== '' ? name : 'app' };
}

function defaultControllerSettings(target: WorkloadKind): JsonObject {
  switch (target) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'StatefulSet':
      return { replicas: 1 };
    default:
      return {};
  }
}

/** Controller settings that mean the same in several kinds, and the kinds that have them. */
const SHARED_CONTROLLER_SETTINGS: Readonly<Record<string, readonly WorkloadKind[]>> = {
  replicas: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'],
  minReadySeconds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
  revisionHistoryLimit: ['Deployment', 'StatefulSet', 'DaemonSet'],
};

/** The source controller's settings that the target kind has too (a Deployment's replicas ...). */
function sharedControllerSettings(source: JsonObject, target: WorkloadKind): JsonObject {
  const spec = field(source, 'spec');
  let settings: JsonObject = {};
  for (const [key, kinds] of Object.entries(SHARED_CONTROLLER_SETTINGS)) {
    const value = field(spec, key);
    if (value !== undefined && kinds.includes(target) && kinds.includes(workloadKindOf(source)!.kind))
      settings = withKey(settings, key, value);
  }
  return settings;
}

function rememberedJobSpec(remembered: JsonObject | undefined, target: 'Job' | 'CronJob'): JsonObject | undefined {
  if (!remembered) return undefined;
  const spec = getAtPath(remembered, target === 'Job' ? ['spec'] : ['spec', 'jobTemplate', 'spec']);
  return isJsonObject(spec) ? withoutKey(spec, 'template') : undefined;
}

function mergeRememberedMetadata(current: JsonObject, remembered: JsonObject): JsonObject {
  const before = field(remembered, 'metadata');
  if (!isJsonObject(before)) return current;
  let merged = before;
  for (const key of ['name', 'namespace'] as const) {
    const value = field(current, key);
    merged = value === undefined ? withoutKey(merged, key) : withKey(merged, key, value);
  }
  return merged;
}

/** A selector matching `labels`: the existing one when it still matches, else `matchLabels`. */
function selectorFor(
  style: 'labelSelector' | 'labelMap' | 'none',
  labels: JsonObject,
  source: JsonObject,
  rememberedSpec: JsonValue | undefined,
): JsonValue | undefined {
  if (style === 'none') return undefined;
  const candidates = [field(rememberedSpec, 'selector'), getAtPath(source, ['spec', 'selector'])];
  for (const candidate of candidates) {
    if (style === 'labelSelector' && isJsonObject(candidate) && field(candidate, 'matchLabels') !== undefined) {
      if (
        selectorMatches(field(candidate, 'matchLabels'), labels) &&
        field(candidate, 'matchExpressions') === undefined
      )
        return candidate;
    }
    if (style === 'labelMap' && isJsonObject(candidate) && field(candidate, 'matchLabels') === undefined) {
      if (selectorMatches(candidate, labels)) return candidate;
    }
  }
  return style === 'labelSelector' ? { matchLabels: labels } : labels;
}

function selectorMatches(selector: JsonValue | undefined, labels: JsonObject): boolean {
  if (!isJsonObject(selector) || Object.keys(selector).length === 0) return false;
  return Object.keys(selector).every((key) => field(labels, key) === selector[key]);
}

/** Controllers restart pods forever (Always); Jobs need OnFailure or Never. */
function withRestartPolicyFor(target: WorkloadKind, podSpec: JsonObject): JsonObject {
  const allowed = WORKLOAD_KINDS[target].allowedRestartPolicies as readonly string[];
  const current = field(podSpec, 'restartPolicy');
  const effective = typeof current === 'string' ? current : 'Always';
  if (allowed.includes(effective)) return podSpec;
  if (allowed.includes('Always')) return withoutKey(podSpec, 'restartPolicy');
  return setAtPath(podSpec, ['restartPolicy'], 'OnFailure') as JsonObject;
}
