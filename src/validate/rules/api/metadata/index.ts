import type { Rule } from '../../../rule';
import { annotationsRule } from './annotations';
import { appArmorAnnotationsRule } from './appArmorAnnotations';
import { deprecatedPodAnnotationsRule } from './deprecatedPodAnnotations';
import { finalizersRule } from './finalizers';
import { labelsRule } from './labels';
import { mirrorPodAnnotationRule } from './mirrorPodAnnotation';
import { objectNameRule } from './objectName';
import { objectNamespaceRule } from './objectNamespace';
import { podDeletionCostRule } from './podDeletionCost';
import { seccompAnnotationsRule } from './seccompAnnotations';

export const metadataRules: readonly Rule[] = [
  objectNameRule,
  objectNamespaceRule,
  labelsRule,
  annotationsRule,
  finalizersRule,
  podDeletionCostRule,
  appArmorAnnotationsRule,
  seccompAnnotationsRule,
  mirrorPodAnnotationRule,
  deprecatedPodAnnotationsRule,
];
