import { field, isJsonArray, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/**
 * Bidirectional mount propagation (allowed only in privileged containers; the API server rejects
 * it elsewhere).
 */
export const practiceMountPropagationRule = defineRule({
  id: 'practice/mount-propagation',
  severity: 'warning',
  title: 'Avoid Bidirectional mount propagation',
  why: "With Bidirectional propagation, file systems the container mounts appear on the node and in other pods that use the same host directory; a mistake there (or an attacker) can break the node's mounts. Only storage drivers need it.",
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (field(field(slot.container, 'securityContext'), 'privileged') !== true) continue;
      const mounts = field(slot.container, 'volumeMounts');
      if (!isJsonArray(mounts)) continue;
      mounts.forEach((mount, index) => {
        if (!isJsonObject(mount) || field(mount, 'mountPropagation') !== 'Bidirectional') return;
        report({
          path: [...slot.path, 'volumeMounts', index, 'mountPropagation'],
          message: `The ${describeContainer(slot)} propagates its mounts under ${String(field(mount, 'mountPath'))} back to the node (Bidirectional).`,
        });
      });
    }
  },
});
