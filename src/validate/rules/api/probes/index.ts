import type { Rule } from '../../../rule';
import { initContainerProbesRule } from './initContainerProbes';
import { probeHandlerRule } from './probeHandler';
import { probeTimingRule } from './probeTiming';

export const probesRules: readonly Rule[] = [probeHandlerRule, probeTimingRule, initContainerProbesRule];
