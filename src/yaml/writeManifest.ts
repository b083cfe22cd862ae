import { deepEqual } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { parseManifest, type ParsedManifest } from './parseManifest';
import { patchManifestText } from './patchManifestText';
import { renderDocument } from './renderValue';

export interface WriteResult {
  readonly manifest: ParsedManifest;
  /**
   * How the text was produced: `patched` (minimal edits, the normal case), `documentsRewritten`
   * (some documents re-rendered whole because a patch would not read back exactly) or `rewritten`.
   */
  readonly method: 'patched' | 'documentsRewritten' | 'rewritten';
}

/**
 * Writes a changed manifest back into the user's text as minimal edits, then reads the result
 * back to prove it holds exactly the intended documents. Should that ever fail, the documents
 * that differ are rendered anew, so the text is always right even when formatting is not kept.
 */
export function writeManifest(parsed: ParsedManifest, next: Manifest): WriteResult {
  const patchedText = tryPatch(parsed, next);
  const patched = patchedText === null ? null : readBack(patchedText, next);
  if (patched) return { manifest: patched, method: 'patched' };
  const attempt = patchedText === null ? null : parseManifest(patchedText);
  const differing = new Set<number>();
  next.forEach((document, index) => {
    if (!attempt?.ok || !deepEqual(attempt.manifest.documents[index], document)) differing.add(index);
  });
  const partlyText = tryPatch(parsed, next, differing);
  const partly = partlyText === null ? null : readBack(partlyText, next);
  if (partly) return { manifest: partly, method: 'documentsRewritten' };
  const whole = readBack(renderManifest(next), next);
  if (!whole) throw new Error('The manifest cannot be written as YAML.');
  return { manifest: whole, method: 'rewritten' };
}

/** The patched text, or null should the patcher fail (the caller then re-renders instead). */
function tryPatch(parsed: ParsedManifest, next: Manifest, rewriteDocuments?: ReadonlySet<number>): string | null {
  try {
    return patchManifestText(parsed, next, rewriteDocuments ? { rewriteDocuments } : {});
  } catch {
    return null;
  }
}

function readBack(text: string, expected: Manifest): ParsedManifest | null {
  const outcome = parseManifest(text);
  if (!outcome.ok) return null;
  const documents = outcome.manifest.documents;
  if (
    documents.length !== expected.length ||
    !documents.every((document, index) => deepEqual(document, expected[index]))
  )
    return null;
  return { ...outcome.manifest, documents: expected };
}

/** A whole manifest in kubectl's conventional style (for new files). */
export function renderManifest(documents: Manifest): string {
  return documents.map((document) => (document === null ? '' : renderDocument(document))).join('---\n');
}
