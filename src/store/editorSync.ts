import { entityAtPath, entityPath } from '../model/entityPaths';
import type { EntityId } from '../model/entityId';
import { objectPath } from '../model/workloads';
import type { DataPath } from '../model/dataPath';
import { locateSource, pathAtOffset, rangeOfLocation, rangeOfPath } from '../yaml/locateSource';
import type { ParsedManifest } from '../yaml/parseManifest';
import type { TextRange } from '../yaml/lineIndex';
import { diffAsSingleEdit, type TextEdit } from '../yaml/textEdit';
import type { DesignerState } from './designerStore';
import { selectFindings } from './findings';
import { selectCurrentWorkload } from './selectors';
import type { Finding, Severity } from '../validate/finding';

/** Queries that keep the YAML editor and the rest of the app in step. */

/**
 * The text range to reveal and highlight in the editor: the selection's focus (a finding's own
 * field, chosen in the problems panel), else the first selected entity.
 */
export function selectedTextRange(state: DesignerState): TextRange | null {
  const focus = state.selection.focus;
  if (focus && state.parse.ok) return rangeOfPath(state.parse.manifest, focus);
  const id = state.selection.ids[0];
  if (!id || !state.parse.ok) return null;
  const workload = selectCurrentWorkload(state);
  if (!workload) return null;
  const path = entityPath(workload.object, id);
  return path ? rangeOfPath(state.parse.manifest, [...objectPath(workload.ref), ...path]) : null;
}

/** The entity of the designed pod at a text offset (what the cursor is on), or null. */
export function entityAtTextOffset(state: DesignerState, offset: number): EntityId | null {
  if (!state.parse.ok) return null;
  const workload = selectCurrentWorkload(state);
  if (!workload) return null;
  const path = pathAtOffset(state.parse.manifest, offset);
  const prefix = objectPath(workload.ref);
  if (!path || !prefix.every((segment, index) => path[index] === segment)) return null;
  return entityAtPath(workload.object, path.slice(prefix.length));
}

/** The one edit that turns the editor's text into the store's (so the cursor stays put). */
export function editorEditFor(editorText: string, storeText: string): TextEdit | null {
  return diffAsSingleEdit(editorText, storeText);
}

export interface EditorMarker {
  readonly severity: Severity;
  readonly message: string;
  readonly source: string;
  readonly range: TextRange;
  readonly docsUrl?: string;
}

/** Markers for the editor: the YAML syntax error, or each finding at its exact range. */
export function selectEditorMarkers(state: DesignerState): EditorMarker[] {
  if (!state.parse.ok) {
    const { line, column, message } = state.parse.error;
    return [
      {
        severity: 'error',
        message,
        source: 'YAML',
        range: { start: { line, column }, end: { line, column: column + 1 } },
      },
    ];
  }
  const manifest = state.parse.manifest;
  return selectFindings(state).flatMap((finding) => {
    const range = findingTextRange(manifest, finding);
    if (!range) return [];
    return [
      {
        severity: finding.severity,
        message: `${finding.message}\n\nWhy: ${finding.why}`,
        source: finding.ruleId,
        range,
        docsUrl: finding.docsUrl,
      },
    ];
  });
}

/**
 * Where the editor marks a finding: an unknown field on its key (the value is not the problem);
 * any other finding on the field's key and value, or the list item, when they fit on one line;
 * a block (a whole container, the pod spec) only on its key or its first line, so a finding about
 * a block does not underline every line of it. A field that is not in the text is marked on the
 * nearest part that exists, the same way.
 */
export function findingTextRange(manifest: ParsedManifest, finding: Finding): TextRange | null {
  const path: DataPath = [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)];
  const location = locateSource(manifest, path);
  if (!location) return null;
  if (location.key && (finding.ruleId === 'schema/unknown-field' || !location.exact))
    return manifest.lines.rangeOf(location.key.start, location.key.end);
  const range = rangeOfLocation(manifest, location);
  if (range.start.line === range.end.line) return range;
  if (location.key) return manifest.lines.rangeOf(location.key.start, location.key.end);
  const lineEnd = manifest.text.indexOf('\n', location.value.start);
  const firstLine = manifest.lines.rangeOf(location.value.start, lineEnd === -1 ? manifest.text.length : lineEnd);
  return {
    start: firstLine.start,
    end: { line: firstLine.start.line, column: firstLine.end.column - (manifest.text[lineEnd - 1] === '\r' ? 1 : 0) },
  };
}
