import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { containerSecurityContext } from '../../support/securityContext/securityContexts';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

/** Baseline "/proc Mount Type": procMount stays unset or Default. */
export const pssProcMountRule = defineRule({
  id: 'pss/proc-mount',
  severity: 'warning',
  title: 'Keep the default /proc masks (Baseline)',
  why: `The runtime hides sensitive parts of /proc (kernel keys, memory and timers of the node) from containers; an Unmasked /proc shows them. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const container of context.containers) {
      const procMount = field(containerSecurityContext(container), 'procMount');
      if (procMount === undefined || procMount === null || procMount === 'Default') continue;
      const path = [...container.path, 'securityContext', 'procMount'];
      report({
        path,
        message: `The ${describeContainer(container)} sets procMount: ${String(procMount)}, which exposes the parts of /proc the runtime normally masks.`,
        securityControl: baselineControl('/proc Mount Type'),
        fix: removeFieldFix(context, path, 'Remove procMount', container.path),
      });
    }
  },
});
