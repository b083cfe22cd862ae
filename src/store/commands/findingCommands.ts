import { objectPath } from '../../model/workloads';
import type { Finding } from '../../validate/finding';
import { lineDiff, type DiffLine } from '../../yaml/lineDiff';
import { writeManifest } from '../../yaml/writeManifest';
import type { DesignerState, DesignerStore } from '../designerStore';
import { findingNodeId } from '../findingEntities';
import { selectCurrentWorkload } from '../selectors';

/** What applying a finding's fix would change in the YAML, before it is applied. */
export interface FixPreview {
  readonly label: string;
  readonly lines: readonly DiffLine[];
}

/**
 * The YAML lines a finding's fix would change, computed with the same minimal-edit writer that
 * applies it. Null when the finding has no fix, the text does not parse, or the fix changes nothing.
 */
export function previewFindingFix(state: DesignerState, finding: Finding): FixPreview | null {
  if (!finding.fix || !state.parse.ok) return null;
  const parsed = state.parse.manifest;
  const next = finding.fix.apply(parsed.documents);
  if (next === parsed.documents) return null;
  const lines = lineDiff(parsed.text, writeManifest(parsed, next).manifest.text);
  return lines.length > 0 ? { label: finding.fix.label, lines } : null;
}

/** Applies a finding's fix as one undo step. */
export function applyFindingFix(store: DesignerStore, finding: Finding): boolean {
  const fix = finding.fix;
  if (!fix) return false;
  return store.getState().applyEdit(fix.label, (manifest) => fix.apply(manifest));
}

/** Selects the node a finding is about and shows the finding's own place in the editor. */
export function showFinding(store: DesignerStore, finding: Finding): void {
  const state = store.getState();
  const id = findingNodeId(selectCurrentWorkload(state), finding);
  state.select(id ? [id] : [], 'panel', [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)]);
}
