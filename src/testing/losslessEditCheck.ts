import { type ContainerSlot, listContainerSlots, PROBE_KINDS } from '../model/containers';
import { deepEqual, field, isJsonObject, type JsonObject, type JsonValue } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import {
  addContainer,
  addVolume,
  changeWorkloadKind,
  mountVolume,
  removeContainer,
  removeProbe,
  removeVolume,
  renameContainer,
  setProbe,
  unmountVolume,
} from '../model/operations';
import { OperationError } from '../model/operations/updatePodSpec';
import { uniqueName } from '../model/uniqueName';
import { volumeNames } from '../model/volumes';
import { WORKLOAD_KINDS, type WorkloadKind } from '../model/workloadKinds';
import { getAtPath, setAtPath } from '../model/valueAtPath';
import { updateContainer } from '../model/operations/updatePodSpec';
import { removePruning } from '../validate/support/fixes/fieldFixes';
import { detectRenderStyle } from '../yaml/detectRenderStyle';
import { rangeOfPath } from '../yaml/locateSource';
import {
  getObject,
  listWorkloads,
  objectPath,
  podSpecOf,
  podSpecPathOf,
  updateObject,
  workloadKindOf,
  type ObjectRef,
} from '../model/workloads';
import { parseManifest, type ParsedManifest } from '../yaml/parseManifest';
import { writeManifest } from '../yaml/writeManifest';

/** What happened to one file: every edit patched losslessly, broken promises, or text that is not YAML. */
export type LosslessEditResult =
  | { readonly status: 'passed' }
  | {
      readonly status: 'failed';
      /** Every broken promise, one per edit sequence: `volume: mount: written as rewritten, not patched …`. */
      readonly reasons: readonly string[];
      /** The writes among them that fell back to re-rendering (a patcher bug), with what went wrong. */
      readonly fallbacks: readonly string[];
    }
  | { readonly status: 'invalid'; readonly line: number; readonly column: number; readonly message: string };

class CheckFailure extends Error {}

/** What the checks of one file found so far. */
interface CheckLog {
  readonly reasons: string[];
  readonly fallbacks: string[];
}

/**
 * Runs one edit sequence, noting its broken promise. An edit the app refuses (an OperationError,
 * such as adding a container whose name is taken) is no write at all: the sequence just stops.
 */
function attempt(log: CheckLog, sequence: () => void): void {
  try {
    sequence();
  } catch (error) {
    if (error instanceof OperationError) return;
    log.reasons.push(
      error instanceof CheckFailure
        ? error.message
        : `error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** `first differing line N: <expected> | <actual>` for two texts that differ. */
function describeDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const count = Math.max(expectedLines.length, actualLines.length);
  for (let index = 0; index < count; index++) {
    if (expectedLines[index] !== actualLines[index]) {
      const show = (line: string | undefined): string => (line === undefined ? '<end of text>' : JSON.stringify(line));
      return `first differing line ${index + 1}: ${show(expectedLines[index])} | ${show(actualLines[index])}`;
    }
  }
  return 'the texts differ only in their line breaks';
}

/** Writes `next` over `current` the way the app does; the write must be a patch, not the fallback. */
function write(
  log: CheckLog,
  step: string,
  current: ParsedManifest,
  next: Manifest,
  donors: readonly ParsedManifest[] = [],
): ParsedManifest {
  const result = writeManifest(current, next, { donors });
  if (result.method !== 'patched') {
    const why = result.patchFailure?.message ?? 'no reason given';
    log.fallbacks.push(`${step}: ${why}`);
    throw new CheckFailure(
      `${step}: written as ${result.method}, not patched (${why}); ${describeDifference(current.text, result.manifest.text)}`,
    );
  }
  return result.manifest;
}

function expectText(step: string, expected: string, actual: ParsedManifest): void {
  if (actual.text !== expected) throw new CheckFailure(`${step}: ${describeDifference(expected, actual.text)}`);
}

function editWorkload(manifest: ParsedManifest, ref: ObjectRef, edit: (workload: JsonObject) => JsonObject): Manifest {
  return updateObject(manifest.documents, ref, edit);
}

/** Applies `edits` one after another, then checks the text is back to `original`. */
function checkInverse(
  log: CheckLog,
  name: string,
  original: ParsedManifest,
  ref: ObjectRef,
  edits: readonly [string, (workload: JsonObject) => JsonObject][],
): void {
  attempt(log, () => {
    let current = original;
    for (const [step, edit] of edits)
      current = write(log, `${name}: ${step}`, current, editWorkload(current, ref, edit));
    if (!deepEqual(current.documents, original.documents))
      throw new CheckFailure(`${name}: the documents did not come back`);
    expectText(name, original.text, current);
  });
}

function checkWorkload(log: CheckLog, original: ParsedManifest, ref: ObjectRef): void {
  const workload = getObject(original.documents, ref)!;
  const podSpec = podSpecOf(workload);
  const slots = listContainerSlots(podSpec);
  const taken = slots.map((slot) => slot.name);
  const newContainer = uniqueName('corpus-check', taken);

  checkInverse(log, 'add container', original, ref, [
    ['add', (w) => addContainer(w, { name: newContainer, image: 'busybox:1.36' }, 'app')],
    ['remove', (w) => removeContainer(w, newContainer)],
  ]);
  checkInverse(log, 'add init container', original, ref, [
    [
      'add',
      (w) => addContainer(w, { name: newContainer, image: 'busybox:1.36', command: ['sh', '-c', 'true'] }, 'init'),
    ],
    ['remove', (w) => removeContainer(w, newContainer)],
  ]);

  const first = slots.find((slot) => slot.role === 'app') ?? slots[0];
  if (!first) return;
  const volume = uniqueName('corpus-volume', volumeNames(podSpec));
  const mounts = field(first.container, 'volumeMounts');
  const mountIndex = Array.isArray(mounts) ? mounts.length : 0;
  checkInverse(log, 'volume', original, ref, [
    ['add volume', (w) => addVolume(w, { name: volume, emptyDir: {} })],
    ['mount', (w) => mountVolume(w, first.name, { name: volume, mountPath: `/corpus-check/${volume}` })],
    ['unmount', (w) => unmountVolume(w, first.name, mountIndex)],
    ['remove volume', (w) => removeVolume(w, volume)],
  ]);

  const probeKind = PROBE_KINDS.find((kind) => field(first.container, kind) === undefined);
  if (probeKind) {
    checkInverse(log, 'probe', original, ref, [
      [
        'set',
        (w) => setProbe(w, first.name, probeKind, { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 }),
      ],
      ['remove', (w) => removeProbe(w, first.name, probeKind)],
    ]);
  }

  if (first.name !== '') {
    const renamed = uniqueName(`${first.name}-renamed`, taken);
    checkInverse(log, 'rename container', original, ref, [
      ['rename', (w) => renameContainer(w, first.name, renamed)],
      ['rename back', (w) => renameContainer(w, renamed, first.name)],
    ]);
  }

  // Through every other kind and back: the text comes back byte for byte, as the app remembers
  // the object and its text while the kind is switched.
  const sourceKind = field(workload, 'kind') as WorkloadKind;
  for (const target of Object.keys(WORKLOAD_KINDS) as WorkloadKind[]) {
    if (target === sourceKind) continue;
    attempt(log, () => {
      const changed = write(
        log,
        `change kind to ${target}`,
        original,
        editWorkload(original, ref, (w) => changeWorkloadKind(w, target)),
      );
      const back = editWorkload(changed, ref, (w) => changeWorkloadKind(w, sourceKind, workload));
      if (!deepEqual(back, original.documents))
        throw new CheckFailure(`change kind to ${target} and back: the documents differ`);
      expectText(
        `change kind to ${target} and back`,
        original.text,
        write(log, `change kind back from ${target}`, changed, back, [original]),
      );
    });
  }

  checkRemovalKeepsComments(log, original, ref, first);
  checkSortedStaysSorted(log, original, ref, first.name, newContainer);
  checkQuotingAndListStyleKept(log, original, ref, newContainer);
  checkRenameFollowsAnnotation(log, original, ref, first.name, taken);
}

/** Comment lines of a text (trimmed), in order. */
function commentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));
}

/**
 * Removes the last env var (or port) of the first container: every comment line of the file must
 * still be there, except those inside the removed item itself.
 */
function checkRemovalKeepsComments(
  log: CheckLog,
  original: ParsedManifest,
  ref: ObjectRef,
  first: ContainerSlot,
): void {
  const listKey = (['env', 'ports', 'volumeMounts'] as const).find((key) => {
    const list = field(first.container, key);
    return Array.isArray(list) && list.length >= 2;
  });
  if (!listKey) return;
  const list = field(first.container, listKey) as JsonValue[];
  const itemPath = [...objectPath(ref), ...podSpecPathOf(original.documents, ref).slice(objectPath(ref).length)];
  const containerPath = [...itemPath, first.listKey, first.index, listKey, list.length - 1];
  const range = rangeOfPath(original, containerPath);
  if (!range) return;
  const inside = original.text
    .split('\n')
    .slice(range.start.line - 1, range.end.line)
    .filter((line) => line.includes('#')).length;
  attempt(log, () => {
    const removed = write(
      log,
      `remove ${listKey} item under comments`,
      original,
      editWorkload(original, ref, (w) =>
        updateContainer(w, first.name, (container) => ({ ...container, [listKey]: list.slice(0, -1) })),
      ),
    );
    const lost = commentLines(original.text).length - commentLines(removed.text).length;
    if (lost > inside)
      throw new CheckFailure(`remove ${listKey} item: ${lost - inside} comment lines outside the item were deleted`);
  });
}

/** In a file whose keys are sorted, a new probe and a new init container keep every mapping sorted. */
function checkSortedStaysSorted(
  log: CheckLog,
  original: ParsedManifest,
  ref: ObjectRef,
  container: string,
  newContainer: string,
): void {
  const root = original.sources[ref.documentIndex]?.root ?? null;
  if (ref.itemIndex !== null || !detectRenderStyle(original.text, root).sortedKeys) return;
  attempt(log, () => {
    let current = original;
    current = write(
      log,
      'sorted: add init container',
      current,
      editWorkload(current, ref, (w) => addContainer(w, { name: newContainer, image: 'busybox:1.36' }, 'init')),
    );
    const probeKind = PROBE_KINDS.find((kind) => field(getObject(current.documents, ref), kind) === undefined);
    if (probeKind)
      current = write(
        log,
        'sorted: set probe',
        current,
        editWorkload(current, ref, (w) => setProbe(w, container, 'readinessProbe', { tcpSocket: { port: 8080 } })),
      );
    const after = current.sources[ref.documentIndex]?.root ?? null;
    if (!detectRenderStyle(current.text, after).sortedKeys)
      throw new CheckFailure('sorted file: after adding an init container and a probe its keys are no longer sorted');
  });
}

/**
 * In a file that quotes its strings or writes short lists in flow style, a new container's image
 * and args are written the same way (`image: "busybox:1.36"`, `args: ["--log-level", "info"]`),
 * and the file's conventions read the same afterwards.
 */
function checkQuotingAndListStyleKept(
  log: CheckLog,
  original: ParsedManifest,
  ref: ObjectRef,
  newContainer: string,
): void {
  const root = original.sources[ref.documentIndex]?.root ?? null;
  const before = detectRenderStyle(original.text, root);
  if (ref.itemIndex !== null || (!before.stringQuotes && !before.flowLists)) return;
  attempt(log, () => {
    const args = ['--log-level', 'info'];
    const added = write(
      log,
      'conventions: add container',
      original,
      editWorkload(original, ref, (w) => addContainer(w, { name: newContainer, image: 'busybox:1.36', args }, 'app')),
    );
    const quote = (text: string, quotes: 'double' | 'single' | undefined) =>
      quotes === 'double' ? `"${text}"` : quotes === 'single' ? `'${text}'` : text;
    const image = `image: ${quote('busybox:1.36', before.stringQuotes)}`;
    if (!added.text.includes(image)) throw new CheckFailure(`conventions: the new container has no "${image}"`);
    if (before.flowLists) {
      const flow = `args: [${args.map((arg) => quote(arg, before.flowItemQuotes)).join(', ')}]`;
      if (!added.text.includes(flow)) throw new CheckFailure(`conventions: the new args are not "${flow}"`);
    }
    const after = detectRenderStyle(added.text, added.sources[ref.documentIndex]?.root ?? null);
    for (const convention of ['stringQuotes', 'flowLists', 'flowItemQuotes'] as const)
      if (after[convention] !== before[convention])
        throw new CheckFailure(`conventions: ${convention} was ${before[convention]}, is ${after[convention]}`);
  });
}

/**
 * With kubectl.kubernetes.io/default-container naming the first container, a rename follows it
 * (and renaming back and removing the annotation gives the file back).
 */
function checkRenameFollowsAnnotation(
  log: CheckLog,
  original: ParsedManifest,
  ref: ObjectRef,
  container: string,
  taken: readonly string[],
): void {
  if (container === '') return;
  const annotation = 'kubectl.kubernetes.io/default-container';
  const metadataPath = workloadKindOf(getObject(original.documents, ref)!)?.podMetadataPath ?? ['metadata'];
  const annotationPath = [...metadataPath, 'annotations', annotation];
  const object = getObject(original.documents, ref)!;
  if (getAtPath(object, annotationPath) !== undefined) return;
  // The annotation and the maps made for it go again: prune down to the deepest map that exists.
  let keepDepth = annotationPath.length - 1;
  while (keepDepth > 0 && !isJsonObject(getAtPath(object, annotationPath.slice(0, keepDepth)))) keepDepth--;
  const existing = getAtPath(object, annotationPath.slice(0, keepDepth));
  if (keepDepth > 0 && isJsonObject(existing) && Object.keys(existing).length === 0) return;
  const renamed = uniqueName(`${container}-renamed`, taken);
  checkInverse(log, 'rename with the default-container annotation', original, ref, [
    ['annotate', (w) => setAtPath(w, annotationPath, container) as JsonObject],
    [
      'rename',
      (w) => {
        const next = renameContainer(w, container, renamed);
        if (getAtPath(next, annotationPath) !== renamed) throw new CheckFailure('the annotation kept the old name');
        return next;
      },
    ],
    ['rename back', (w) => renameContainer(w, renamed, container)],
    ['remove the annotation', (w) => removePruning(w, annotationPath, keepDepth - 1)],
  ]);
}

/**
 * Reads a manifest through the model, exports it unchanged, then for each workload applies real
 * edits and their inverses with the operations and `writeManifest` the app uses (add and remove a
 * container; add, mount, unmount and remove a volume; set and remove a probe; rename a container
 * and back; change the workload kind and back). Every write must be a minimal patch (never the
 * re-rendering fallback) that reads back as intended, and after each pair of inverse edits the text
 * must be byte-identical to the original.
 */
export function checkLosslessEdits(text: string): LosslessEditResult {
  const outcome = parseManifest(text);
  if (!outcome.ok) return { status: 'invalid', ...outcome.error };
  const parsed = outcome.manifest;
  const log: CheckLog = { reasons: [], fallbacks: [] };
  attempt(log, () =>
    expectText('export unchanged', text, write(log, 'export unchanged', parsed, parsed.documents.slice())),
  );
  for (const workload of listWorkloads(parsed.documents)) checkWorkload(log, parsed, workload.ref);
  return log.reasons.length === 0 ? { status: 'passed' } : { status: 'failed', ...log };
}
