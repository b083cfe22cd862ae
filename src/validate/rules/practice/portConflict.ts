import { containerPath, type ContainerSlot } from '../../../model/containers';
import { defineRule } from '../../rule';
import { describeContainer } from '../security/podSecurityContainers';
import { declaredPorts } from './containerPorts';

/**
 * Two containers that run at the same time (app containers and native sidecars) declaring the
 * same port and protocol. Plain init containers run before the others and may reuse ports.
 */
export const portConflictRule = defineRule({
  id: 'practice/port-conflict',
  family: 'practice',
  severity: 'warning',
  title: 'Containers of a pod listen on different ports',
  why: "All containers of a pod share one network namespace (one IP address), so a port can be bound by only one of them: the second container to start fails with \"address already in use\" and keeps restarting.",
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/',
  appliesTo: 'workload',
  check(context, report) {
    const owners = new Map<string, ContainerSlot>();
    for (const slot of context.containers) {
      if (slot.role === 'init') continue;
      const seenHere = new Set<string>();
      for (const port of declaredPorts(slot.container)) {
        const key = `${port.containerPort}/${port.protocol}`;
        if (seenHere.has(key)) continue;
        seenHere.add(key);
        const owner = owners.get(key);
        if (!owner) {
          owners.set(key, slot);
          continue;
        }
        report({
          path: [...context.podSpecPath, ...containerPath(slot), 'ports', port.index, 'containerPort'],
          message: `The ${describeContainer(slot)} and the ${describeContainer(owner)} both listen on ${port.containerPort}/${port.protocol}; only one of them can bind it.`,
        });
      }
    }
  },
});
