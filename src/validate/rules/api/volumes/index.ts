import type { Rule } from '../../../rule';
import { emptyDirVolumeRule } from './emptyDirVolume';
import { hostPathVolumeRule } from './hostPathVolume';
import { volumeCsiRule } from './volumeCsi';
import { volumeDownwardApiRule } from './volumeDownwardApi';
import { volumeEphemeralRule } from './volumeEphemeral';
import { volumeFileModeRule } from './volumeFileMode';
import { volumeImageRule } from './volumeImage';
import { volumeItemPathRule } from './volumeItemPath';
import { volumeNameRule } from './volumeName';
import { volumeNfsRule } from './volumeNfs';
import { volumeObjectNameRule } from './volumeObjectName';
import { volumeProjectedRule } from './volumeProjected';
import { volumeSourceCountRule } from './volumeSourceCount';

export const volumesRules: readonly Rule[] = [
  volumeNameRule,
  volumeSourceCountRule,
  emptyDirVolumeRule,
  hostPathVolumeRule,
  volumeObjectNameRule,
  volumeFileModeRule,
  volumeItemPathRule,
  volumeDownwardApiRule,
  volumeProjectedRule,
  volumeEphemeralRule,
  volumeNfsRule,
  volumeCsiRule,
  volumeImageRule,
];
