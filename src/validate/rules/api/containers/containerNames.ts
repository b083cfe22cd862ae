import { containerPath } from '../../../../model/containers';
import { defineRule } from '../../../rule';
import { isDns1123Label } from '../../../names';

/**
 * API server rules 15–18: every container (app, init, sidecar) needs a name that is a DNS-1123
 * label, unique across containers and init containers.
 */
export const containerNamesRule = defineRule({
  id: 'api/container-name',
  family: 'api',
  severity: 'error',
  title: 'Container names are DNS labels, unique in the pod',
  why: 'Kubernetes uses the container name in logs, exec and metrics (kubectl logs pod -c name), so it must be a short lowercase DNS label that no other container of the pod uses.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  appliesTo: 'workload',
  check(context, report) {
    const seen = new Set<string>();
    // The API server checks app containers first, then init containers against them.
    const ordered = [...context.containers.filter((slot) => slot.listKey === 'containers'), ...context.containers.filter((slot) => slot.listKey === 'initContainers')];
    for (const slot of ordered) {
      const path = [...context.podSpecPath, ...containerPath(slot), 'name'];
      if (slot.name === '') {
        report({ path, errorType: 'Required', message: 'Every container needs a name.' });
        continue;
      }
      if (!isDns1123Label(slot.name)) {
        report({
          path,
          errorType: 'Invalid',
          message: `"${slot.name}" is not a valid container name: use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit${slot.name.includes('.') ? ' (no dots)' : ''}.`,
        });
      }
      if (seen.has(slot.name)) {
        report({ path, errorType: 'Duplicate', message: `Another container in this pod is already named "${slot.name}".` });
      }
      seen.add(slot.name);
    }
  },
});
