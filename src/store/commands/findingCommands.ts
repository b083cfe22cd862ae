import { ignoreRule } from '../../model/operations/ignoreRule';
import { listWorkloads, objectPath, sameObjectRef, updateObject } from '../../model/workloads';
import type { FindingData, FindingFix } from '../../validate/finding';
import { type DiffLine, lineDiff } from '../../yaml/lineDiff';
import { writeManifest } from '../../yaml/writeManifest';
import type { DesignerStore } from '../designerStore';
import { findingNodeId } from '../findingEntities';
import { selectCurrentWorkload } from '../selectors';

export type { DiffLine } from '../../yaml/lineDiff';

/** What applying a finding's fix would change in the YAML, before it is applied. */
export interface FixPreview {
  readonly label: string;
  readonly lines: readonly DiffLine[];
}

/**
 * The fix of a finding for the document as it is now. Findings carry only the fix's label (they
 * come from the validation worker); the fix itself is found again with the rules, which load on
 * first use.
 */
async function currentFix(store: DesignerStore, finding: FindingData): Promise<FindingFix | null> {
  if (!finding.fix) return null;
  const { findFix } = await import('../validation/findFix');
  const state = store.getState();
  return state.parse.ok ? findFix(state.parse.manifest.documents, finding, state.kubernetesMinor) : null;
}

/**
 * The YAML lines a finding's fix would change, computed with the same minimal-edit writer that
 * applies it. Null when the finding has no fix, the text does not parse, or the fix changes nothing.
 */
export async function previewFindingFix(store: DesignerStore, finding: FindingData): Promise<FixPreview | null> {
  const fix = await currentFix(store, finding);
  const state = store.getState();
  if (!fix || !state.parse.ok) return null;
  const parsed = state.parse.manifest;
  const next = fix.apply(parsed.documents);
  if (next === parsed.documents) return null;
  const lines = lineDiff(parsed.text, writeManifest(parsed, next).manifest.text);
  return lines.length > 0 ? { label: fix.label, lines } : null;
}

/** Applies a finding's fix as one undo step. */
export async function applyFindingFix(store: DesignerStore, finding: FindingData): Promise<boolean> {
  const fix = await currentFix(store, finding);
  if (!fix) return false;
  return store.getState().applyEdit(fix.label, (manifest) => fix.apply(manifest));
}

/**
 * Selects the node a finding is about and shows the finding's own place in the editor. A finding
 * of another workload of the file first makes that workload the designed one, so the canvas and
 * the inspector show it too.
 */
export function showFinding(store: DesignerStore, finding: FindingData): void {
  const before = store.getState();
  const other = listWorkloads(before.lastGood.documents).find(
    (workload) =>
      sameObjectRef(workload.ref, finding.objectRef) &&
      !sameObjectRef(workload.ref, selectCurrentWorkload(before)?.ref ?? null),
  );
  if (other) before.selectWorkload(other.ref);
  const state = store.getState();
  const id = findingNodeId(selectCurrentWorkload(state), finding);
  state.select(id ? [id] : [], 'panel', [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)]);
}

/**
 * "Ignore here": silences the finding's rule on its object with the `pod-designer.io/ignore`
 * annotation (and the reason, when given), as one undo step. The annotation travels with the
 * manifest: the command line and every teammate's app honour it.
 */
export function ignoreFindingHere(store: DesignerStore, finding: FindingData, reason?: string): boolean {
  return store
    .getState()
    .applyEdit(`Ignore ${finding.ruleId} here`, (manifest) =>
      updateObject(manifest, finding.objectRef, (object) =>
        ignoreRule(object, finding.ruleId, reason?.trim() || undefined),
      ),
    );
}

/**
 * "Ignore everywhere": silences the finding's rule in the silencing config (the file the command
 * line reads too; Download lint config saves it as .pod-designer.yaml).
 */
export function ignoreFindingEverywhere(store: DesignerStore, finding: FindingData, reason?: string): void {
  store.getState().ignoreRuleEverywhere(finding.ruleId, reason?.trim() || undefined);
  store
    .getState()
    .showNotice(
      `${finding.ruleId} is ignored everywhere. Download lint config saves this as pod-designer.yaml for the command line and your team.`,
      'info',
    );
}
