import { formatDataPath } from '../../../../model/dataPath';
import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { containerPorts, type ContainerPortEntry } from '../../../support/containers/containerPorts';

/** A container that runs for the pod's whole life: an app container or a native sidecar. */
function isLongRunning(entry: ContainerPortEntry): boolean {
  return (
    entry.owner.listKey === 'containers' ||
    (entry.owner.listKey === 'initContainers' && field(entry.owner.container, 'restartPolicy') === 'Always')
  );
}

/** Two different containers that run at the same time declare the port: one of them cannot bind it. */
function runsAlongside(entry: ContainerPortEntry, other: ContainerPortEntry): boolean {
  return entry.owner !== other.owner && isLongRunning(entry) && isLongRunning(other);
}

/**
 * The API server's port warnings (pkg/api/pod/warnings.go): the same containerPort and protocol
 * declared twice in the pod, and a hostIP without a hostPort. Accepted, but usually a mistake.
 */
export const apiPortDefinitionOverlapRule = defineRule({
  id: 'api/port-definition-overlap',
  severity: 'warning',
  title: 'Each container port is declared once',
  why: 'All containers of a pod share one network address, so two entries for the same port and protocol describe the same socket: Kubernetes accepts them with a warning, and tools that read the ports (Services, kubectl port-forward) may pick the wrong one.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  appliesTo: 'workload',
  mirrors: ['podWarnings.warningsForPodSpecAndMeta'],
  check(context, report) {
    const byPort = new Map<string, ContainerPortEntry[]>();
    // The server visits init containers first, then app containers, then ephemeral ones.
    const order = { initContainers: 0, containers: 1, ephemeralContainers: 2 } as const;
    const entries = [...containerPorts(context)].sort((a, b) => order[a.owner.listKey] - order[b.owner.listKey]);
    for (const entry of entries) {
      const { containerPort, hostPort, protocol, hostIP } = entry;
      if (containerPort === undefined || hostPort === undefined || protocol === undefined || hostIP === undefined)
        continue;
      if (hostIP !== '' && hostPort === 0) {
        report({
          path: [...entry.path, 'hostIP'],
          message: `hostIP ${hostIP} is set without a hostPort, so it has no effect.`,
        });
      }
      const key = `${containerPort}/${protocol}`;
      const others = byPort.get(key) ?? [];
      for (const other of others) {
        const otherPath = formatDataPath(other.path);
        let message: string | undefined;
        if (hostIP === other.hostIP && hostPort === other.hostPort)
          message = `Port ${key} is declared twice: this entry duplicates ${otherPath}.`;
        else if (hostPort === 0 || other.hostPort === 0)
          message = `Port ${key} overlaps ${otherPath}, which declares the same port and protocol.`;
        else if (hostPort === other.hostPort && (hostIP === '') !== (other.hostIP === '')) {
          message = `Port ${key} is dangerously ambiguous with ${otherPath}: the same hostPort with and without a hostIP.`;
        }
        if (message && runsAlongside(entry, other))
          message += ` The ${entry.owner.listKey === 'containers' ? 'container' : 'sidecar'} "${entry.owner.name}" and "${other.owner.name}" share the pod's network, so only one of them can bind it.`;
        if (message) report({ path: entry.path, message });
      }
      byPort.set(key, [...others, entry]);
    }
  },
});
