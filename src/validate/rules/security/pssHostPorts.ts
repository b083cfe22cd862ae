import { field, isJsonArray, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

/** Baseline "Host Ports": ports[*].hostPort stays unset or 0 (Kubernetes fills it in under hostNetwork). */
export const pssHostPortsRule = defineRule({
  id: 'pss/host-ports',
  severity: 'warning',
  title: 'No host ports (Baseline)',
  why: `A hostPort opens a port on the node's own address, outside Services and network policies, and only one pod per node can hold it, which also limits scheduling. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const hostNetwork = field(context.podSpec, 'hostNetwork') === true;
    const securityControl = baselineControl('Host Ports');
    for (const container of context.containers) {
      const ports = field(container.container, 'ports');
      if (!isJsonArray(ports)) continue;
      ports.forEach((port, index) => {
        if (!isJsonObject(port)) return;
        const hostPort = field(port, 'hostPort');
        const portPath = [...container.path, 'ports', index];
        if (typeof hostPort === 'number' && hostPort !== 0) {
          const hostPortPath = [...portPath, 'hostPort'];
          report({
            path: hostPortPath,
            message: `The ${describeContainer(container)} binds port ${hostPort} on the node (hostPort); expose it with a Service instead.`,
            securityControl,
            ...(hostNetwork ? {} : { fix: removeFieldFix(context, hostPortPath, 'Remove hostPort', portPath) }),
          });
        } else if (
          hostNetwork &&
          container.listKey !== 'ephemeralContainers' &&
          typeof field(port, 'containerPort') === 'number'
        ) {
          // With hostNetwork, defaulting sets every hostPort to its containerPort before admission.
          report({
            path: portPath,
            message: `With hostNetwork: true Kubernetes sets hostPort to ${String(field(port, 'containerPort'))} for this port of the ${describeContainer(container)}, so it is a host port too.`,
            securityControl,
          });
        }
      });
    }
  },
});
