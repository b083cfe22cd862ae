import type { Rule } from '../../../rule';
import { containerNamesRule } from './containerNames';

export const containerRules: readonly Rule[] = [containerNamesRule];
