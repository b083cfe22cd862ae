import type { JsonObject, JsonValue } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { detectRenderStyle } from './detectRenderStyle';
import { collectReferences } from './documentReferences';
import type { ParsedManifest } from './parseManifest';
import { forceReferencesOfDirtyAnchors } from './patching/anchorChanges';
import { diffValue } from './patching/diffValue';
import { createPatchSession, type PatchSession } from './patching/patchSession';
import { reuseText } from './patching/reuseSourceText';
import { indexSources } from './patching/sourceIndex';
import { renderDocument } from './renderValue';
import type { SourceNode } from './sourceNodes';
import { applyTextEdits, mergeDeletions } from './textEdit';
import { endOfTrailingComment } from './textScanning';

/** How often a document is patched again after anchors turned out to need their aliases expanded. */
const MAX_REFERENCE_PASSES = 8;

export interface PatchOptions {
  /** Documents to re-render whole instead of patching (the fallback when a patch misreads). */
  readonly rewriteDocuments?: ReadonlySet<number>;
  /**
   * Earlier versions of the text whose values may come back (the text before a kind switch):
   * a value read from one of them is written with its old text, comments and flow style kept.
   */
  readonly donors?: readonly ParsedManifest[];
}

/**
 * Where a document's text ends: after its root value and what else its last line holds (trailing
 * spaces, a comment: `- type: DisruptionTarget   # indicates Pod disruption`), which the root's
 * range leaves out.
 */
function documentTextEnd(text: string, root: SourceNode): number {
  return text[root.end - 1] === '\n' ? root.end : endOfTrailingComment(text, root.end);
}

/** The text of each document object of the donors (from its first character to the end of its last line). */
function donorDocumentTexts(donors: readonly ParsedManifest[]): Map<object, string> {
  const texts = new Map<object, string>();
  for (const donor of donors) {
    donor.documents.forEach((document, index) => {
      const root = donor.sources[index]?.root;
      if (document && root) texts.set(document, donor.text.slice(root.start, documentTextEnd(donor.text, root)));
    });
  }
  return texts;
}

/**
 * A document's earlier text, made to end like the text it replaces: a document whose last value
 * is a block scalar ends after its line break, one that ends in a plain value before it.
 */
function withEndingOf(text: string, root: SourceNode, restored: string): string {
  const endsWithBreak = text[root.end - 1] === '\n';
  const restoredBreak = /\r?\n$/.exec(restored)?.[0] ?? '';
  if (restoredBreak && !endsWithBreak && text.startsWith(restoredBreak, documentTextEnd(text, root)))
    return restored.slice(0, -restoredBreak.length);
  if (!restoredBreak && endsWithBreak) return restored + (text[root.end - 2] === '\r' ? '\r\n' : '\n');
  return restored;
}

/** A patch session over an earlier text, indexed so its values can be found by identity. */
function donorSession(donor: ParsedManifest): PatchSession {
  const session = createPatchSession(donor);
  donor.documents.forEach((document, index) => {
    indexSources(session, document, donor.sources[index]?.root ?? null);
  });
  return session;
}

/**
 * Turns a change of the manifest's documents into minimal edits of its text: values that did not
 * change keep their exact bytes, comments included. Changed scalars are replaced in place (keeping
 * their quoting style), added keys and list items are inserted as new lines in the document's own
 * indentation style, removed ones delete only their lines, and a subtree that moved (the pod spec
 * when the workload kind changes, a reordered init container) keeps its text, re-indented.
 * The steps live in src/yaml/patching/, one concept per file.
 */
export function patchManifestText(parsed: ParsedManifest, next: Manifest, options: PatchOptions = {}): string {
  const session = createPatchSession(parsed, (options.donors ?? []).map(donorSession));
  const donorTexts = donorDocumentTexts(options.donors ?? []);
  const { documents, sources } = parsed;
  documents.forEach((document, index) => {
    indexSources(session, document, sources[index]?.root ?? null);
  });
  const count = Math.max(documents.length, next.length);
  for (let index = 0; index < count; index++) {
    const before = documents[index];
    const after = next[index];
    const root = sources[index]?.root ?? null;
    session.context = {
      style: detectRenderStyle(session.text, root),
      reuse: (value, column) => reuseText(session, value, column),
    };
    if (index >= documents.length) {
      appendDocument(session, after ?? null);
    } else if (index >= next.length) {
      removeDocument(session, root);
    } else if (before === after && !options.rewriteDocuments?.has(index)) {
      // Unchanged document: its text stays as it is.
    } else if (root && after && donorTexts.has(after) && !options.rewriteDocuments?.has(index)) {
      // A document back exactly as an earlier text held it (a kind switch undone by switching
      // back): that text comes back, byte for byte.
      session.edits.push({
        start: root.start,
        end: documentTextEnd(session.text, root),
        text: withEndingOf(session.text, root, donorTexts.get(after)!),
      });
    } else if (root === null || options.rewriteDocuments?.has(index)) {
      rewriteDocument(session, root, after ?? null, options.rewriteDocuments?.has(index) ?? false);
    } else if (after === null || after === undefined) {
      session.edits.push({ start: root.start, end: root.end, text: '' });
    } else {
      diffDocument(session, root, before ?? null, after);
    }
  }
  const result = applyTextEdits(session.text, mergeDeletions(session.edits));
  // A text without a final line break keeps it that way, whatever its last lines became.
  if (session.text.length > 0 && !session.text.endsWith('\n') && result.endsWith('\n'))
    return result.replace(/\r?\n$/, '');
  return result;
}

function appendDocument(session: PatchSession, document: JsonObject | null): void {
  const lineBreak = session.context.style.lineBreak;
  const body =
    document === null
      ? ''
      : renderDocument(document, { style: { ...session.context.style, sequenceIndent: 0, indentUnit: 2 } });
  const needsBreak = session.text.length > 0 && !session.text.endsWith('\n');
  const separator = session.text.trim() === '' && session.edits.length === 0 ? '' : `---${lineBreak}`;
  session.edits.push({
    start: session.text.length,
    end: session.text.length,
    text: (needsBreak ? lineBreak : '') + separator + body,
  });
}

function removeDocument(session: PatchSession, root: SourceNode | null): void {
  if (!root) return;
  session.edits.push({ start: root.start, end: root.end, text: '' });
}

function rewriteDocument(
  session: PatchSession,
  root: SourceNode | null,
  document: JsonObject | null,
  plain: boolean,
): void {
  const context = plain ? { style: session.context.style } : session.context;
  const body = document === null ? '' : renderDocument(document, context).replace(/\r?\n$/, '');
  if (root) session.edits.push({ start: root.start, end: root.end, text: body });
  else appendDocument(session, document);
}

/**
 * Patches one document. When an anchored value changed or went away, its aliases (and the
 * mappings that merge it) must keep their old values: they are re-rendered from their values,
 * and the document is patched again with that knowledge until nothing more needs it.
 */
function diffDocument(session: PatchSession, root: SourceNode, before: JsonValue, after: JsonValue): void {
  session.references = collectReferences(root, before);
  session.forced.clear();
  session.forcedAncestors.clear();
  const firstEdit = session.edits.length;
  for (let pass = 0; pass < MAX_REFERENCE_PASSES; pass++) {
    session.edits.length = firstEdit;
    session.dirtyAnchors.clear();
    diffValue(session, root, before, after, { kind: 'root' });
    if (!forceReferencesOfDirtyAnchors(session)) return;
  }
}
