import type { Manifest } from '../model/manifest';
import type { Finding } from '../validate/finding';
import type { Rule } from '../validate/rule';
import { validateManifest } from '../validate/validateManifest';
import type { DesignerState } from './designerStore';
import { memoizeLast } from './memoize';
import { measureStage } from './stageTiming';

const findingsOf = memoizeLast((documents: Manifest, rules: readonly Rule[]): readonly Finding[] =>
  measureStage('validate', () => validateManifest(documents, rules)),
);

/** Validator findings for the manifest the canvas shows (recomputed only when it or the rules change). */
export const selectFindings = (state: DesignerState): readonly Finding[] =>
  findingsOf(state.lastGood.documents, state.validatorRules);

export type { Finding, Severity } from '../validate/finding';
