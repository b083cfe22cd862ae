import { describe, expect, it } from 'vitest';
import { listContainerSlots, PROBE_KINDS } from '../model/containers';
import { field, isJsonArray, type JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import {
  addContainer,
  addVolume,
  changeContainerRole,
  changeWorkloadKind,
  mountVolume,
  moveInitContainer,
  removeContainer,
  removeProbe,
  removeVolume,
  renameContainer,
  renameVolume,
  setProbe,
  unmountVolume,
} from '../model/operations';
import { listVolumes } from '../model/volumes';
import { WORKLOAD_KIND_NAMES } from '../model/workloadKinds';
import { getObject, listWorkloads, objectPath, podSpecOf, updateObject, type ObjectRef } from '../model/workloads';
import { describeEditOutsideObject, describeEditOutsideScope } from './fixtures/editScope';
import { SAMPLE_MANIFESTS, type SampleManifest } from './fixtures/sampleManifests';
import { parseManifest, type ParsedManifest } from './parseManifest';
import { writeManifest } from './writeManifest';

/** Samples whose aliases are rightly expanded by some edits (their anchor is in the edited entity). */
const WITH_SHARED_ANCHORS = new Set(['anchors, aliases and merge keys']);

/** Samples with `volumes: []`: removeVolume removes a list it empties, so `[]` does not come back. */
const WITH_EMPTY_VOLUME_LIST = new Set(['flow style pod']);

/**
 * Samples where changing the kind and back cannot restore the exact text, and why: what the
 * intermediate kind does not have comes back from `remembered` as data, written afresh.
 */
const KIND_ROUND_TRIP_REWRITES: Record<string, string> = {
  'statefulset with volumeClaimTemplates':
    'serviceName and volumeClaimTemplates exist only in a StatefulSet (their quotes and flow style are not kept)',
  'anchors, aliases and merge keys': 'the pod spec is moved without its anchors, so the aliases are expanded',
  'empty values, nulls and empty collections':
    'the empty `labels:` is replaced by the controller labels, and comes back as `labels: null`',
};

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}`);
  return outcome.manifest;
}

interface Workload {
  readonly manifest: ParsedManifest;
  readonly ref: ObjectRef;
  readonly object: JsonObject;
}

function workloadOf(sample: SampleManifest): Workload {
  const manifest = parsed(sample.text);
  const entry = listWorkloads(manifest.documents).find(
    (candidate) =>
      !sample.workload ||
      (candidate.ref.documentIndex === sample.workload.documentIndex &&
        candidate.ref.itemIndex === sample.workload.itemIndex),
  );
  if (!entry) throw new Error(`no workload in ${sample.name}`);
  return { manifest, ref: entry.ref, object: entry.object };
}

/** Writes `next` the way the app does and checks the write is a minimal, exact patch. */
function expectPatched(
  sample: SampleManifest,
  before: ParsedManifest,
  next: Manifest,
  wholeObject?: ObjectRef,
): ParsedManifest {
  const result = writeManifest(before, next);
  expect(result.method).toBe('patched');
  const reread = parsed(result.manifest.text);
  expect(reread.documents).toEqual(next);
  if (!WITH_SHARED_ANCHORS.has(sample.name)) {
    const outside = wholeObject
      ? describeEditOutsideObject(before, reread, objectPath(wholeObject))
      : describeEditOutsideScope(before, reread);
    expect(outside).toBeNull();
  }
  return reread;
}

/** Applies the edits one after another; returns the final text. */
function applyEdits(
  sample: SampleManifest,
  edits: readonly ((workload: JsonObject) => JsonObject)[],
): { original: string; final: ParsedManifest } {
  const { manifest, ref } = workloadOf(sample);
  let current = manifest;
  for (const edit of edits) current = expectPatched(sample, current, updateObject(current.documents, ref, edit));
  return { original: manifest.text, final: current };
}

function expectTextBack(sample: SampleManifest, edits: readonly ((workload: JsonObject) => JsonObject)[]): void {
  const { original, final } = applyEdits(sample, edits);
  expect(final.text).toBe(original);
}

describe.each(SAMPLE_MANIFESTS.map((sample) => [sample.name, sample] as const))('edits of "%s"', (_name, sample) => {
  const { object } = workloadOf(sample);
  const slots = listContainerSlots(podSpecOf(object));
  const app = slots.find((slot) => slot.role === 'app') ?? slots[0]!;
  const inits = slots.filter((slot) => slot.listKey === 'initContainers');
  const volumes = listVolumes(podSpecOf(object));
  const mounts = field(app.container, 'volumeMounts');
  const absentProbe = PROBE_KINDS.find((kind) => field(app.container, kind) === undefined);
  const newContainer = { name: 'added', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] };

  it.each(['app', 'init', 'sidecar'] as const)('adds an %s container, then removes it: the text comes back', (role) => {
    expectTextBack(sample, [(w) => addContainer(w, newContainer, role), (w) => removeContainer(w, 'added')]);
  });

  it('adds a volume, mounts it, unmounts it and removes it: the text comes back', () => {
    const mountIndex = isJsonArray(mounts) ? mounts.length : 0;
    const steps = [
      (w: JsonObject) => addVolume(w, { name: 'scratch', emptyDir: {} }),
      (w: JsonObject) => mountVolume(w, app.name, { name: 'scratch', mountPath: '/scratch' }),
      (w: JsonObject) => unmountVolume(w, app.name, mountIndex),
      (w: JsonObject) => removeVolume(w, 'scratch'),
    ];
    if (WITH_SHARED_ANCHORS.has(sample.name) || WITH_EMPTY_VOLUME_LIST.has(sample.name)) applyEdits(sample, steps);
    else expectTextBack(sample, steps);
  });

  if (absentProbe !== undefined)
    it('sets a probe, then removes it: the text comes back', () => {
      const steps = [
        (w: JsonObject) =>
          setProbe(w, app.name, absentProbe!, { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 }),
        (w: JsonObject) => removeProbe(w, app.name, absentProbe!),
      ];
      if (WITH_SHARED_ANCHORS.has(sample.name)) applyEdits(sample, steps);
      else expectTextBack(sample, steps);
    });

  it('replaces an existing probe or removes the app container', () => {
    const probe = PROBE_KINDS.find((kind) => field(app.container, kind) !== undefined);
    applyEdits(sample, [
      probe ? (w) => setProbe(w, app.name, probe, { tcpSocket: { port: 9000 } }) : (w) => removeContainer(w, app.name),
    ]);
  });

  it('renames a container and back: the text comes back', () => {
    expectTextBack(sample, [
      (w) => renameContainer(w, app.name, 'renamed'),
      (w) => renameContainer(w, 'renamed', app.name),
    ]);
  });

  if (inits.length >= 2)
    it('moves an init container and back: the text comes back', () => {
      const last = inits.length - 1;
      expectTextBack(sample, [(w) => moveInitContainer(w, 0, last), (w) => moveInitContainer(w, last, 0)]);
    });

  if (inits.length >= 1)
    it('turns an init container into a sidecar (or back) and back: the text comes back', () => {
      const first = inits[0]!;
      const other = first.role === 'sidecar' ? 'init' : 'sidecar';
      expectTextBack(sample, [
        (w) => changeContainerRole(w, first.name, other),
        (w) => changeContainerRole(w, first.name, first.role),
      ]);
    });

  it('moves the app container to the init containers', () => {
    applyEdits(sample, [(w) => changeContainerRole(w, app.name, 'init')]);
  });

  if (volumes.length >= 1)
    it('renames a volume and back: the text comes back', () => {
      const volume = volumes[0]!.name;
      expectTextBack(sample, [
        (w) => renameVolume(w, volume, 'renamed-volume'),
        (w) => renameVolume(w, 'renamed-volume', volume),
      ]);
    });

  if (volumes.length >= 1)
    it('removes a volume with its mounts', () => {
      applyEdits(sample, [(w) => removeVolume(w, volumes[0]!.name)]);
    });

  it.each(WORKLOAD_KIND_NAMES.filter((kind) => kind !== field(object, 'kind')))(
    'changes the kind to %s and back with `remembered`',
    (target) => {
      const { manifest, ref } = workloadOf(sample);
      const source = workloadOf(sample).object;
      const changed = expectPatched(
        sample,
        manifest,
        updateObject(manifest.documents, ref, (w) => changeWorkloadKind(w, target)),
        ref,
      );
      const back = updateObject(changed.documents, ref, (w) =>
        changeWorkloadKind(w, field(source, 'kind') as typeof target, source),
      );
      expect(getObject(back, ref)).toBe(source);
      const restored = expectPatched(sample, changed, back, ref);
      if (!(sample.name in KIND_ROUND_TRIP_REWRITES)) expect(restored.text).toBe(manifest.text);
    },
  );
});
