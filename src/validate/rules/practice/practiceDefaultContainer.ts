import { CONTAINER_NAME_ANNOTATIONS } from '../../../model/containerAnnotations';
import { defineRule } from '../../rule';
import { containersExceptEphemeral } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';
import { podAnnotations } from '../../support/metadata/podAnnotations';

/** `kubectl.kubernetes.io/default-container` (or its logs spelling) naming no container of the pod. */
export const practiceDefaultContainerRule = defineRule({
  id: 'practice/default-container',
  severity: 'warning',
  title: 'The default container annotation names a container of the pod',
  why: 'kubectl logs, exec and attach use the container this annotation names when none is given. Naming a container the pod does not have (often one that was renamed) makes every such command fail with "container not found".',
  docsUrl: 'https://kubernetes.io/docs/reference/labels-annotations-taints/#kubectl-kubernetes-io-default-container',
  appliesTo: 'workload',
  check(context, report) {
    const found = podAnnotations(context);
    if (!found) return;
    const names = containersExceptEphemeral(context).map((slot) => slot.name);
    const app = containersExceptEphemeral(context).find((slot) => slot.role === 'app');
    for (const key of CONTAINER_NAME_ANNOTATIONS) {
      const value = found.annotations[key];
      if (typeof value !== 'string' || names.includes(value)) continue;
      const path = [...found.path, key];
      report({
        path,
        message: `The annotation ${key} names "${value}", but the pod has no container of that name (it has ${names.map((name) => `"${name}"`).join(', ') || 'none'}).`,
        ...(app ? { fix: setFieldFix(context, path, app.name, `Name the container "${app.name}"`) } : {}),
      });
    }
  },
});
