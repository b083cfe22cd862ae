import type { Manifest } from '../model/manifest';
import { ALL_RULES } from '../validate/allRules';
import type { Finding } from '../validate/finding';
import { validateManifest } from '../validate/validateManifest';
import type { DesignerState } from './designerStore';
import { memoizeLast } from './memoize';

const findingsOf = memoizeLast((documents: Manifest): readonly Finding[] => validateManifest(documents, ALL_RULES));

/** Validator findings for the manifest the canvas shows (recomputed only when it changes). */
export const selectFindings = (state: DesignerState): readonly Finding[] => findingsOf(state.lastGood.documents);
