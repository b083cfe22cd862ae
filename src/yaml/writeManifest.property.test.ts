import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, type JsonObject } from '../model/jsonValue';
import type { WorkloadKind } from '../model/workloadKinds';
import { getObject, listWorkloads, objectPath, updateObject } from '../model/workloads';
import { changedPaths, describeEditOutsideObject, describeEditOutsideScope } from './fixtures/editScope';
import { randomManifestArbitrary, type RandomManifest } from './fixtures/randomManifest';
import { applyRandomOperation, randomOperationArbitrary, type RandomOperation } from './fixtures/randomOperation';
import { parseManifest, type ParsedManifest } from './parseManifest';
import { writeManifest } from './writeManifest';

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}\n${text}`);
  return outcome.manifest;
}

/** Runs the operations one by one; returns a description of the first broken promise, or null. */
function firstProblem(sample: RandomManifest, operations: readonly RandomOperation[]): string | null {
  let current = parsed(sample.text);
  if (!deepEqual(current.documents, sample.documents)) return 'the generated text does not read back as generated';
  if (writeManifest(current, current.documents.slice()).manifest.text !== sample.text)
    return 'exporting unchanged changed the text';
  const ref = listWorkloads(current.documents)[0]!.ref;
  const remembered = new Map<WorkloadKind, JsonObject>();
  const steps: string[] = [];
  for (const operation of operations) {
    const applied = applyRandomOperation(getObject(current.documents, ref)!, operation, remembered);
    if (!applied) continue;
    steps.push(applied.label);
    const next = updateObject(current.documents, ref, () => applied.next);
    const result = writeManifest(current, next);
    const where = `after ${steps.join(' → ')}`;
    if (result.method !== 'patched')
      return `${where}: written as ${result.method}\n--- before\n${current.text}\n--- after\n${result.manifest.text}`;
    const reread = parsed(result.manifest.text);
    if (!deepEqual(reread.documents, next)) return `${where}: the text does not read back as the intended documents`;
    if (sample.layout.crlf && /(^|[^\r])\n/.test(result.manifest.text))
      return `${where}: a line ends with LF in a CRLF text`;
    if (!sample.layout.crlf && result.manifest.text.includes('\r')) return `${where}: a CR appeared in an LF text`;
    // With anchors, an edit may rightly expand aliases elsewhere (their anchor went with the edit).
    const outside = sample.layout.anchors
      ? null
      : applied.wholeObject
        ? describeEditOutsideObject(current, reread, objectPath(ref))
        : describeEditOutsideScope(current, reread, changedPaths(current.documents, next));
    if (outside) return `${where}: ${outside}\n--- before\n${current.text}\n--- after\n${result.manifest.text}`;
    current = reread;
  }
  return null;
}

describe('writeManifest on random manifests and random edits', () => {
  it('patches every edit minimally: it reads back as intended and leaves every other line as it was', () => {
    fc.assert(
      fc.property(
        randomManifestArbitrary,
        fc.array(randomOperationArbitrary, { minLength: 1, maxLength: 8 }),
        (sample, operations) => {
          const problem = firstProblem(sample, operations);
          expect(problem, problem ?? '').toBeNull();
        },
      ),
      { numRuns: 400 },
    );
    // 400 runs take 2 s on an idle machine; a shared CI machine may be many times slower.
  }, 120_000);
});
