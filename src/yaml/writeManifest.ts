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
  /**
   * Why the text was not patched (set whenever `method` is not `patched`). It is always a bug in
   * Pod Designer, never the user's doing: callers report it (a notice, console.error) instead of
   * losing the user's formatting silently.
   */
  readonly patchFailure?: PatchFailure;
}

/** What went wrong with the minimal patch of a write. */
export interface PatchFailure {
  /** In plain words, for a notice or a log. */
  readonly message: string;
  /** The exception the patcher threw, when it threw one. */
  readonly error?: unknown;
}

/**
 * Writes a changed manifest back into the user's text as minimal edits, then reads the result
 * back to prove it holds exactly the intended documents. Should that ever fail (the patcher throws,
 * or its text reads back wrong), the documents that differ are rendered anew, so the text is
 * always right even when formatting is not kept, and `patchFailure` says what went wrong.
 */
export function writeManifest(
  parsed: ParsedManifest,
  next: Manifest,
  { donors = [] }: { readonly donors?: readonly ParsedManifest[] } = {},
): WriteResult {
  const attempt = tryPatch(parsed, next, donors);
  const patched = 'text' in attempt ? readBack(attempt.text, next) : null;
  if (patched) return { manifest: patched, method: 'patched' };
  const patchFailure: PatchFailure =
    'error' in attempt
      ? { message: `the minimal patch failed: ${messageOf(attempt.error)}`, error: attempt.error }
      : { message: 'the minimal patch did not read back as the intended documents' };
  const reread = 'text' in attempt ? parseManifest(attempt.text) : null;
  const differing = new Set<number>();
  next.forEach((document, index) => {
    if (!reread?.ok || !deepEqual(reread.manifest.documents[index], document)) differing.add(index);
  });
  const partlyAttempt = tryPatch(parsed, next, donors, differing);
  const partly = 'text' in partlyAttempt ? readBack(partlyAttempt.text, next) : null;
  if (partly) return { manifest: partly, method: 'documentsRewritten', patchFailure };
  const whole = readBack(renderManifest(next), next);
  if (!whole) throw new Error('The manifest cannot be written as YAML.');
  return { manifest: whole, method: 'rewritten', patchFailure };
}

/** The patched text, or the exception the patcher threw (the caller then re-renders and reports it). */
function tryPatch(
  parsed: ParsedManifest,
  next: Manifest,
  donors: readonly ParsedManifest[],
  rewriteDocuments?: ReadonlySet<number>,
): { readonly text: string } | { readonly error: unknown } {
  try {
    return { text: patchManifestText(parsed, next, { donors, ...(rewriteDocuments ? { rewriteDocuments } : {}) }) };
  } catch (error) {
    return { error };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
