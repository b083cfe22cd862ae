import type { DesignerState } from './designerStore';
import type { Manifest } from '../model/manifest';
import { listObjects, type ObjectRef } from '../model/workloads';
import { objectName, silenceFindings } from '../validate/silencing/silenceFindings';
import type { SilencingConfig } from '../validate/silencing/silencingConfig';
import { memoizeByObject } from './memoize';
import { explainSetAsideMounts } from './setAside';
import type { ReportedFinding } from './validation/reportedFinding';

const NO_FINDINGS: readonly ReportedFinding[] = [];

interface SilencedSplit {
  readonly active: readonly ReportedFinding[];
  readonly silenced: readonly ReportedFinding[];
}

const NOTHING_SILENCED: SilencedSplit = { active: NO_FINDINGS, silenced: NO_FINDINGS };

/**
 * The findings split by the silencing annotations and config (recomputed when either changes), a
 * mount of a claim template set aside by a kind switch saying so.
 */
const splitBySilencing = memoizeByObject(
  (
    validation: NonNullable<DesignerState['validation']>,
    config: SilencingConfig,
    rememberedKinds: DesignerState['rememberedKinds'],
  ): SilencedSplit => {
    const explained = explainSetAsideMounts(validation.findings, validation.manifest.documents, rememberedKinds);
    const all = silenceFindings(explained, validation.manifest.documents, config);
    return { active: all.filter((finding) => !finding.silenced), silenced: all.filter((finding) => finding.silenced) };
  },
);

const selectSilencedSplit = (state: DesignerState): SilencedSplit =>
  state.validation
    ? splitBySilencing(state.validation, state.silencingConfig, state.rememberedKinds)
    : NOTHING_SILENCED;

/**
 * The validator's findings for the manifest the canvas shows, without those silenced by an
 * ignore annotation or the config (severities as the config sets them). They come from the
 * validation worker a moment after each change, so for that moment they are those of the text before.
 */
export const selectFindings = (state: DesignerState): readonly ReportedFinding[] => selectSilencedSplit(state).active;

/** The findings silenced by an annotation or the config, each with `silenced` saying why. */
export const selectSilencedFindings = (state: DesignerState): readonly ReportedFinding[] =>
  selectSilencedSplit(state).silenced;

/**
 * The documents the validator last checked and its findings for them, a consistent pair for
 * verdicts (an exercise goal) that must not mix a new design with the findings of an older one.
 * Null until the validator has answered once.
 */
export const selectValidatedDesign = (state: DesignerState): DesignerState['validation'] => state.validation;

/** The validator has not answered yet (it starts with the page): there are no findings to show, not zero. */
export const selectValidationPending = (state: DesignerState): boolean => state.validation === null;

export type { Severity } from '../validate/finding';
export type { ReportedFinding as Finding } from './validation/reportedFinding';

/** `Kind/name` of every object, keyed by `documentIndex/itemIndex`, when the file holds several. */
const documentLabelsOf = memoizeByObject((documents: Manifest): ReadonlyMap<string, string> | null => {
  const objects = listObjects(documents);
  if (objects.length < 2) return null;
  return new Map(objects.map(({ ref }) => [objectRefKey(ref), objectName(documents, ref)]));
});

/** The key of an object in selectDocumentLabels. */
export const objectRefKey = (ref: ObjectRef): string => `${ref.documentIndex}/${ref.itemIndex ?? ''}`;

/**
 * The label of each object of a multi-document file (`Deployment/reviews-v1`), so every finding
 * says which document it is about; null for a file of one object.
 */
export const selectDocumentLabels = (state: DesignerState): ReadonlyMap<string, string> | null =>
  state.validation ? documentLabelsOf(state.validation.manifest.documents) : null;
