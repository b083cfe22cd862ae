import { adapterTemplate } from './adapter';
import { ambassadorTemplate } from './ambassador';
import { configMapVolumeTemplate } from './configMapVolume';
import { hostPathCacheTemplate } from './hostPathCache';
import { jobWithInitTemplate } from './jobWithInit';
import { loggingSidecarTemplate } from './loggingSidecar';
import { nativeSidecarStartupTemplate } from './nativeSidecarStartup';
import type { PodTemplate } from './podTemplate';
import { pvcDatabaseTemplate } from './pvcDatabase';
import { secretVolumeTemplate } from './secretVolume';
import { staticFilesSidecarTemplate } from './staticFilesSidecar';
import { webWithProbesTemplate } from './webWithProbes';

export type { PodTemplate } from './podTemplate';

/** The template gallery, in the order it lists them: single container, multi-container patterns, storage, ordering, batch. */
export const POD_TEMPLATES: readonly PodTemplate[] = [
  webWithProbesTemplate,
  staticFilesSidecarTemplate,
  loggingSidecarTemplate,
  ambassadorTemplate,
  adapterTemplate,
  configMapVolumeTemplate,
  secretVolumeTemplate,
  pvcDatabaseTemplate,
  hostPathCacheTemplate,
  nativeSidecarStartupTemplate,
  jobWithInitTemplate,
];

/** The template with this id, if there is one. */
export function findPodTemplate(id: string): PodTemplate | undefined {
  return POD_TEMPLATES.find((template) => template.id === id);
}
