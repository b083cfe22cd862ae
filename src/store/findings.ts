import type { DesignerState } from './designerStore';
import type { ReportedFinding } from './validation/reportedFinding';

const NO_FINDINGS: readonly ReportedFinding[] = [];

/**
 * The validator's findings for the manifest the canvas shows. They come from the validation
 * worker a moment after each change, so for that moment they are those of the text before.
 */
export const selectFindings = (state: DesignerState): readonly ReportedFinding[] =>
  state.validation?.findings ?? NO_FINDINGS;

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
