import type { DataPath } from '../../../model/dataPath';
import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { podSecurityContextPath, effectiveSecurityValue } from '../../support/securityContext/securityContexts';

/**
 * runAsNonRoot: true together with runAsUser: 0 (each on the container or inherited from the pod):
 * the kubelet refuses to start such a container.
 */
export const practiceRunAsNonRootConflictRule = defineRule({
  id: 'practice/run-as-non-root-conflict',
  severity: 'error',
  title: 'runAsNonRoot and runAsUser agree',
  why: 'runAsNonRoot: true tells the kubelet to refuse any container that would run as root, and runAsUser: 0 is root; the API server accepts the pod, but the container never starts (CreateContainerConfigError).',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  appliesTo: 'workload',
  check(context, report) {
    const bySource = new Map<string, { path: DataPath; containers: string[] }>();
    for (const slot of containersExceptEphemeral(context)) {
      if (effectiveSecurityValue(context, slot, 'runAsNonRoot') !== true) continue;
      if (effectiveSecurityValue(context, slot, 'runAsUser') !== 0) continue;
      const own = field(field(slot.container, 'securityContext'), 'runAsUser');
      const path =
        own === 0 ? [...slot.path, 'securityContext', 'runAsUser'] : [...podSecurityContextPath(context), 'runAsUser'];
      const key = path.join('/');
      const entry = bySource.get(key) ?? { path, containers: [] };
      entry.containers.push(describeContainer(slot));
      bySource.set(key, entry);
    }
    for (const { path, containers } of bySource.values()) {
      report({
        path,
        message: `The ${containers.join(', ')} must run as non-root (runAsNonRoot: true) but as user 0 (root), so the kubelet will not start ${containers.length === 1 ? 'it' : 'them'}.`,
      });
    }
  },
});
