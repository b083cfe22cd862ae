import { field, isJsonArray, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { containerSecurityContext } from '../../support/securityContext/securityContexts';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

/** Baseline "Privileged Containers": securityContext.privileged stays unset or false. */
export const pssPrivilegedRule = defineRule({
  id: 'pss/privileged',
  severity: 'warning',
  title: 'No privileged containers (Baseline)',
  why: `A privileged container gets every capability and every device of the node; it is effectively root on the node, and escaping the container is trivial. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const container of context.containers) {
      if (field(containerSecurityContext(container), 'privileged') !== true) continue;
      const path = [...container.path, 'securityContext', 'privileged'];
      // Bidirectional mount propagation is only allowed in privileged containers.
      const mounts = field(container.container, 'volumeMounts');
      const bidirectional =
        isJsonArray(mounts) && mounts.some((m) => isJsonObject(m) && field(m, 'mountPropagation') === 'Bidirectional');
      report({
        path,
        message: `The ${describeContainer(container)} runs privileged: it has full access to the node's devices and kernel.`,
        securityControl: baselineControl('Privileged Containers'),
        ...(bidirectional ? {} : { fix: removeFieldFix(context, path, 'Remove privileged: true', container.path) }),
      });
    }
  },
});
