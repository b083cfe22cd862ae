import { volumeSourceTypes } from '../../../model/volumes';
import { defineRule } from '../../rule';
import {
  RESTRICTED_CONSEQUENCE,
  restrictedControl,
  PSS_RESTRICTED_DOCS_URL,
} from '../../support/podSecurity/pssControls';

/**
 * Volume types Restricted allows. `image` volumes are allowed by Pod Security admission since
 * 1.33 (the standard's page does not list them yet).
 */
const RESTRICTED_VOLUME_TYPES: ReadonlySet<string> = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
  'image',
]);

/** Restricted "Volume Types". hostPath is left to the Baseline rule, which reports it already. */
export const pssVolumeTypesRule = defineRule({
  id: 'pss/volume-types',
  severity: 'info',
  title: 'Only core volume types (Restricted)',
  why: `Restricted allows only volumes whose storage the cluster manages (emptyDir, ConfigMap, Secret, PersistentVolumeClaim ...); a volume that names a storage server or disk directly bypasses the administrator's storage setup. ${RESTRICTED_CONSEQUENCE}`,
  docsUrl: PSS_RESTRICTED_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const { index, name, volume } of context.volumes) {
      const types = volumeSourceTypes(volume);
      if (types.includes('hostPath')) continue;
      const forbidden = types.find((type) => !RESTRICTED_VOLUME_TYPES.has(type));
      if (!forbidden) continue;
      report({
        path: [...context.podSpecPath, 'volumes', index, forbidden],
        message: `Volume "${name}" is a ${forbidden} volume; under Restricted use a PersistentVolumeClaim (or a csi or ephemeral volume) for the same storage.`,
        securityControl: restrictedControl('Volume Types'),
      });
    }
  },
});
