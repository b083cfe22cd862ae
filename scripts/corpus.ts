/**
 * Checks that real manifests survive the app's edits losslessly.
 *
 *   npm run corpus -- DIR
 *
 * For every .yaml/.yml file under DIR: read it through the model, export it unchanged, then for
 * each workload apply real edits and their inverses with the operations and `writeManifest` the
 * app uses (add and remove a container; add, mount, unmount and remove a volume; set and remove a
 * probe; rename a container and back; change the workload kind and back). Every write must be a
 * minimal patch that reads back to the intended documents, and after each pair of inverse edits
 * the text must be byte-identical to the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listContainerSlots, PROBE_KINDS } from '../src/model/containers';
import { deepEqual, field, type JsonObject } from '../src/model/jsonValue';
import type { Manifest } from '../src/model/manifest';
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
} from '../src/model/operations';
import { uniqueName } from '../src/model/uniqueName';
import { volumeNames } from '../src/model/volumes';
import type { WorkloadKind } from '../src/model/workloadKinds';
import { getObject, listWorkloads, podSpecOf, updateObject, type ObjectRef } from '../src/model/workloads';
import { parseManifest, type ParsedManifest } from '../src/yaml/parseManifest';
import { writeManifest } from '../src/yaml/writeManifest';

type FileResult =
  | { readonly status: 'passed' }
  | { readonly status: 'failed'; readonly reason: string }
  | { readonly status: 'invalid'; readonly line: number; readonly column: number; readonly message: string };

class CheckFailure extends Error {}

function yamlFilesUnder(directory: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/i.test(name)) files.push(path);
  }
  return files;
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

/** Writes `next` over `current` the way the app does; the write must be a patch. */
function write(step: string, current: ParsedManifest, next: Manifest): ParsedManifest {
  const result = writeManifest(current, next);
  if (result.method !== 'patched') {
    throw new CheckFailure(
      `${step}: written as ${result.method}, not patched; ${describeDifference(current.text, result.manifest.text)}`,
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
  name: string,
  original: ParsedManifest,
  ref: ObjectRef,
  edits: readonly [string, (workload: JsonObject) => JsonObject][],
): void {
  let current = original;
  for (const [step, edit] of edits) current = write(`${name}: ${step}`, current, editWorkload(current, ref, edit));
  if (!deepEqual(current.documents, original.documents))
    throw new CheckFailure(`${name}: the documents did not come back`);
  expectText(name, original.text, current);
}

function checkWorkload(original: ParsedManifest, ref: ObjectRef): void {
  const workload = getObject(original.documents, ref)!;
  const podSpec = podSpecOf(workload);
  const slots = listContainerSlots(podSpec);
  const taken = slots.map((slot) => slot.name);
  const newContainer = uniqueName('corpus-check', taken);

  checkInverse('add container', original, ref, [
    ['add', (w) => addContainer(w, { name: newContainer, image: 'busybox:1.36' }, 'app')],
    ['remove', (w) => removeContainer(w, newContainer)],
  ]);
  checkInverse('add init container', original, ref, [
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
  checkInverse('volume', original, ref, [
    ['add volume', (w) => addVolume(w, { name: volume, emptyDir: {} })],
    ['mount', (w) => mountVolume(w, first.name, { name: volume, mountPath: `/corpus-check/${volume}` })],
    ['unmount', (w) => unmountVolume(w, first.name, mountIndex)],
    ['remove volume', (w) => removeVolume(w, volume)],
  ]);

  const probeKind = PROBE_KINDS.find((kind) => field(first.container, kind) === undefined);
  if (probeKind) {
    checkInverse('probe', original, ref, [
      [
        'set',
        (w) => setProbe(w, first.name, probeKind, { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 }),
      ],
      ['remove', (w) => removeProbe(w, first.name, probeKind)],
    ]);
  }

  if (first.name !== '') {
    const renamed = uniqueName(`${first.name}-renamed`, taken);
    checkInverse('rename container', original, ref, [
      ['rename', (w) => renameContainer(w, first.name, renamed)],
      ['rename back', (w) => renameContainer(w, renamed, first.name)],
    ]);
  }

  const target = field(workload, 'kind') === 'Pod' ? 'Deployment' : 'Pod';
  const changed = write(
    `change kind to ${target}`,
    original,
    editWorkload(original, ref, (w) => changeWorkloadKind(w, target)),
  );
  const sourceKind = field(workload, 'kind') as WorkloadKind;
  const back = editWorkload(changed, ref, (w) => changeWorkloadKind(w, sourceKind, workload));
  if (!deepEqual(back, original.documents))
    throw new CheckFailure(`change kind to ${target} and back: the documents differ`);
  write(`change kind back from ${target}`, changed, back);
}

function checkFile(text: string): FileResult {
  const outcome = parseManifest(text);
  if (!outcome.ok) return { status: 'invalid', ...outcome.error };
  const parsed = outcome.manifest;
  try {
    expectText('export unchanged', text, write('export unchanged', parsed, parsed.documents.slice()));
    for (const workload of listWorkloads(parsed.documents)) checkWorkload(parsed, workload.ref);
    return { status: 'passed' };
  } catch (error) {
    if (error instanceof CheckFailure) return { status: 'failed', reason: error.message };
    return { status: 'failed', reason: `error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function main(): number {
  const directory = process.argv[2];
  if (!directory) {
    console.error('usage: npm run corpus -- DIR');
    return 2;
  }
  const counts = { passed: 0, failed: 0, invalid: 0 };
  for (const path of yamlFilesUnder(directory)) {
    const file = path;
    const result = checkFile(readFileSync(file, 'utf8'));
    if (result.status === 'passed') {
      counts.passed++;
      console.log(`passed  ${file}`);
    } else if (result.status === 'failed') {
      counts.failed++;
      console.log(`failed  ${file}: ${result.reason}`);
    } else {
      counts.invalid++;
      console.log(`invalid YAML  ${file}:${result.line}:${result.column}: ${result.message}`);
    }
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.invalid} invalid YAML`);
  return counts.failed > 0 ? 1 : 0;
}

process.exitCode = main();
