import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import {
  containerSecurityContext,
  podSecurityContext,
  podSecurityContextPath,
} from '../../support/securityContext/securityContexts';

/** Baseline "HostProcess": no Windows HostProcess containers, at pod or container level. */
export const pssHostProcessRule = defineRule({
  id: 'pss/host-process',
  severity: 'warning',
  title: 'No Windows HostProcess containers (Baseline)',
  why: `A HostProcess container runs as a process directly on the Windows node, with the node's privileges and none of a container's isolation. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const securityControl = baselineControl('HostProcess');
    if (field(field(podSecurityContext(context), 'windowsOptions'), 'hostProcess') === true) {
      report({
        path: [...podSecurityContextPath(context), 'windowsOptions', 'hostProcess'],
        message:
          'The pod sets windowsOptions.hostProcess: true, so every container runs as a process on the Windows node itself.',
        securityControl,
      });
    }
    for (const container of context.containers) {
      if (field(field(containerSecurityContext(container), 'windowsOptions'), 'hostProcess') !== true) continue;
      report({
        path: [...container.path, 'securityContext', 'windowsOptions', 'hostProcess'],
        message: `The ${describeContainer(container)} sets windowsOptions.hostProcess: true and runs on the Windows node outside any container isolation.`,
        securityControl,
      });
    }
  },
});
