import type { Rule } from '../../../rule';
import { hostNetworkPortRule } from './hostNetworkPort';
import { hostPortConflictRule } from './hostPortConflict';
import { portDefinitionOverlapRule } from './portDefinitionOverlap';
import { portNameRule } from './portName';
import { portNumberRule } from './portNumber';
import { portProtocolRule } from './portProtocol';

export const portsRules: readonly Rule[] = [
  portNameRule,
  portNumberRule,
  portProtocolRule,
  hostPortConflictRule,
  hostNetworkPortRule,
  portDefinitionOverlapRule,
];
