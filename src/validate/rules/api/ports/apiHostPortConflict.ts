import { defineRule } from '../../../rule';
import { describeContainer } from '../../../support/containers/podContainers';
import { containerPorts, type ContainerPortEntry } from '../../../support/containers/containerPorts';

/**
 * Two ports of the app containers cannot claim the same host port (same
 * protocol, hostIP and hostPort). Init containers run one at a time, so each is only checked
 * against itself.
 */
export const apiHostPortConflictRule = defineRule({
  id: 'api/host-port-conflict',
  severity: 'error',
  title: 'A host port is claimed only once',
  why: 'A hostPort opens that port on the node itself, and only one process on the node can listen on it: two containers of one pod that claim the same host port could never both start.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/overview/#services',
  appliesTo: 'workload',
  mirrors: ['core.checkHostPortConflicts', 'core.AccumulateUniqueHostPorts'],
  check(context, report) {
    const appPorts = new Map<string, ContainerPortEntry>();
    let initPorts = new Map<string, ContainerPortEntry>();
    let currentInit: unknown;
    for (const entry of containerPorts(context)) {
      const { hostPort, protocol, hostIP } = entry;
      if (entry.owner.listKey === 'ephemeralContainers' || !hostPort || protocol === undefined || hostIP === undefined)
        continue;
      let claimed = appPorts;
      if (entry.owner.listKey === 'initContainers') {
        if (entry.owner !== currentInit) {
          currentInit = entry.owner;
          initPorts = new Map();
        }
        claimed = initPorts;
      }
      const key = `${protocol}/${hostIP}/${hostPort}`;
      const first = claimed.get(key);
      if (!first) {
        claimed.set(key, entry);
        continue;
      }
      const where =
        first.owner === entry.owner ? 'another port of this container' : `the ${describeContainer(first.owner)}`;
      report({
        path: [...entry.path, 'hostPort'],
        errorType: 'Duplicate',
        message: `Host port ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ''} is already claimed by ${where}.`,
      });
    }
  },
});
