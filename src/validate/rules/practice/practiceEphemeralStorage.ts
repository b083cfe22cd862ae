import { defineRule } from '../../rule';
import { resourceValue } from '../../support/resources/requestedResources';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/**
 * Advice for containers that already size CPU or memory: size local disk (ephemeral-storage) too.
 * Containers with no resources at all get the resources finding instead.
 */
export const practiceEphemeralStorageRule = defineRule({
  id: 'practice/ephemeral-storage',
  severity: 'info',
  title: 'Size ephemeral storage as well',
  why: "Logs, the container's writable layer and emptyDir volumes use the node's disk. Without an ephemeral-storage request the scheduler ignores that use, and when the disk fills up the kubelet evicts pods; with a limit only the container that overuses it is evicted.",
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role === 'init') continue;
      const sized = ['cpu', 'memory'].some(
        (resource) =>
          resourceValue(slot.container, 'requests', resource) !== undefined ||
          resourceValue(slot.container, 'limits', resource) !== undefined,
      );
      if (!sized) continue;
      const request = resourceValue(slot.container, 'requests', 'ephemeral-storage');
      const limit = resourceValue(slot.container, 'limits', 'ephemeral-storage');
      if (request !== undefined && limit !== undefined) continue;
      const missing = request === undefined ? 'ephemeral-storage request or limit' : 'ephemeral-storage limit';
      report({
        path: [...slot.path, 'resources'],
        message: `The ${describeContainer(slot)} sizes CPU or memory but has no ${missing}.`,
      });
    }
  },
});
