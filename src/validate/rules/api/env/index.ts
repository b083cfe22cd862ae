import type { Rule } from '../../../rule';
import { envDuplicateNameRule } from './envDuplicateName';
import { envFieldRefRule } from './envFieldRef';
import { envFromRule } from './envFrom';
import { envKeyRefRule } from './envKeyRef';
import { envNameRule } from './envName';
import { envResourceFieldRefRule } from './envResourceFieldRef';
import { envValueFromRule } from './envValueFrom';

export const envRules: readonly Rule[] = [
  envNameRule,
  envValueFromRule,
  envFieldRefRule,
  envResourceFieldRefRule,
  envKeyRefRule,
  envFromRule,
  envDuplicateNameRule,
];
