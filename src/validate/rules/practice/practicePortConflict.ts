import { defineRule } from '../../rule';
import { declaredPorts, type DeclaredPort } from '../../support/containers/declaredPorts';
import {
  containersExceptEphemeral,
  describeContainer,
  type PodContainer,
} from '../../support/containers/podContainers';

/**
 * True when the API server already warns about the two entries (api/port-definition-overlap):
 * the same hostIP and hostPort, no hostPort on one of them, or the same hostPort with and without
 * a hostIP. Those pairs are reported once, by the API rule.
 */
function serverWarnsAbout(a: DeclaredPort, b: DeclaredPort): boolean {
  if (a.hostIP === b.hostIP && a.hostPort === b.hostPort) return true;
  if (a.hostPort === 0 || b.hostPort === 0) return true;
  return a.hostPort === b.hostPort && (a.hostIP === '') !== (b.hostIP === '');
}

/**
 * Two containers that run at the same time (app containers and native sidecars) declaring the
 * same port and protocol, in the cases the API server accepts without a warning (different
 * hostPorts): inside the pod they still share one network namespace. The pairs the server warns
 * about are api/port-definition-overlap's. Plain init containers run before the others and may
 * reuse ports.
 */
export const practicePortConflictRule = defineRule({
  id: 'practice/port-conflict',
  severity: 'warning',
  title: 'Containers of a pod listen on different ports',
  why: 'All containers of a pod share one network namespace (one IP address), so a port can be bound by only one of them: the second container to start fails with "address already in use" and keeps restarting.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/',
  appliesTo: 'workload',
  check(context, report) {
    const owners = new Map<string, { slot: PodContainer; port: DeclaredPort }>();
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role === 'init') continue;
      const seenHere = new Set<string>();
      for (const port of declaredPorts(slot.container)) {
        const key = `${port.containerPort}/${port.protocol}`;
        if (seenHere.has(key)) continue;
        seenHere.add(key);
        const owner = owners.get(key);
        if (!owner) {
          owners.set(key, { slot, port });
          continue;
        }
        if (serverWarnsAbout(owner.port, port)) continue;
        report({
          path: [...slot.path, 'ports', port.index, 'containerPort'],
          message: `The ${describeContainer(slot)} and the ${describeContainer(owner.slot)} both listen on ${port.containerPort}/${port.protocol}; only one of them can bind it.`,
        });
      }
    }
  },
});
