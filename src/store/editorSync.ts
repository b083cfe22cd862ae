import { selectFindings } from './findings';
import { entityAtPath, entityPath } from '../model/entityPaths';
import type { EntityId } from '../model/entityId';
import { objectPath } from '../model/workloads';
import { pathAtOffset, rangeOfPath } from '../yaml/locateSource';
import type { TextRange } from '../yaml/lineIndex';
import { diffAsSingleEdit, type TextEdit } from '../yaml/textEdit';
import type { DesignerState } from './designerStore';
import { selectCurrentWorkload } from './selectors';
import type { Severity } from '../validate/finding';

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
  /** The YAML document the marker is in (null: the syntax error, which stops reading the whole text). */
  readonly documentIndex: number | null;
  readonly severity: Severity;
  readonly message: string;
  readonly source: string;
  readonly range: TextRange;
  readonly docsUrl?: string;
}

/**
 * Markers for the editor: the YAML syntax error, or each finding at its exact range. Null while
 * the findings are those of an earlier text (the validator is still working on this one): the
 * editor keeps the markers it has, which it moved along with the edit.
 */
export function selectEditorMarkers(state: DesignerState): EditorMarker[] | null {
  if (!state.parse.ok) {
    const { line, column, message } = state.parse.error;
    return [
      {
        documentIndex: null,
        severity: 'error',
        message,
        source: 'YAML',
        range: { start: { line, column }, end: { line, column: column + 1 } },
      },
    ];
  }
  if (state.validation?.manifest.text !== state.parse.manifest.text) return null;
  // Silenced findings are not marked in the editor (they are counted in the problems panel).
  return selectFindings(state).flatMap((finding) =>
    finding.range
      ? [
          {
            documentIndex: finding.objectRef.documentIndex,
            severity: finding.severity,
            message: `${finding.message}\n\nWhy: ${finding.why}`,
            source: finding.ruleId,
            range: finding.range,
            docsUrl: finding.docsUrl,
          },
        ]
      : [],
  );
}
