import type { Rule } from '../../../rule';
import { volumeDeviceRule } from './volumeDevice';
import { volumeMountNameRule } from './volumeMountName';
import { volumeMountPathRule } from './volumeMountPath';
import { volumeMountPropagationRule } from './volumeMountPropagation';
import { volumeMountRecursiveReadOnlyRule } from './volumeMountRecursiveReadOnly';
import { volumeMountSubPathRule } from './volumeMountSubPath';

export const mountsRules: readonly Rule[] = [
  volumeMountNameRule,
  volumeMountPathRule,
  volumeMountSubPathRule,
  volumeMountPropagationRule,
  volumeMountRecursiveReadOnlyRule,
  volumeDeviceRule,
];
