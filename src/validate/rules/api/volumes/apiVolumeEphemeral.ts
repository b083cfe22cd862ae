import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeEphemeral } from '../../../support/volumes/sourceChecks/checkVolumeEphemeral';
import { decodedString, isAbsent } from '../../../support/decoding/decodedValue';

export const apiVolumeEphemeralRule = defineRule({
  id: 'api/volume-ephemeral',
  severity: 'error',
  title: 'Ephemeral volumes carry a complete claim template',
  why: 'A generic ephemeral volume makes Kubernetes create a PersistentVolumeClaim named <pod>-<volume> for the pod and delete it with the pod, so the template must be a complete claim: access modes and a storage size.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes',
  appliesTo: 'workload',
  mirrors: ['core.validateEphemeralVolumeSource', 'core.ValidatePersistentVolumeClaimTemplate', 'core.ValidateVolumes'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeEphemeral, report);
    // ValidateVolumes: a claim volume may not use the claim an ephemeral volume of this pod creates.
    if (context.kind !== 'Pod') return;
    const pod = field(field(context.object, 'metadata'), 'name');
    if (typeof pod !== 'string' || pod === '') return;
    const created = new Set(
      context.volumes
        .filter((entry) => !isAbsent(field(entry.volume, 'ephemeral')))
        .map((entry) => `${pod}-${entry.name}`),
    );
    if (created.size === 0) return;
    for (const entry of context.volumes) {
      const claimName = decodedString(field(field(entry.volume, 'persistentVolumeClaim'), 'claimName'));
      if (!claimName || !created.has(claimName)) continue;
      report({
        path: [...context.podSpecPath, 'volumes', entry.index, 'persistentVolumeClaim', 'claimName'],
        errorType: 'Invalid',
        message: `The claim "${claimName}" is the one an ephemeral volume of this pod creates; mount that ephemeral volume instead.`,
      });
    }
  },
});
