import type { Rule } from '../../../rule';
import { containerImageRule } from './containerImage';
import { containerNamesRule } from './containerNames';
import { containersRequiredRule } from './containersRequired';
import { imagePullPolicyRule } from './imagePullPolicy';
import { terminationMessagePolicyRule } from './terminationMessagePolicy';

export const containerRules: readonly Rule[] = [
  containersRequiredRule,
  containerNamesRule,
  containerImageRule,
  imagePullPolicyRule,
  terminationMessagePolicyRule,
];
