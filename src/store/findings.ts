import type { DesignerState } from './designerStore';
import type { ReportedFinding } from './validation/reportedFinding';

const NO_FINDINGS: readonly ReportedFinding[] = [];

/**
 * The validator's findings for the manifest the canvas shows. They come from the validation
 * worker a moment after each change, so for that moment they are those of the text before.
 */
export const selectFindings = (state: DesignerState): readonly ReportedFinding[] =>
  state.validation?.findings ?? NO_FINDINGS;

export type { Severity } from '../validate/finding';
export type { ReportedFinding as Finding } from './validation/reportedFinding';
