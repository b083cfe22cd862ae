import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { containerSecurityContext, podSecurityContext } from '../../support/securityContext/securityContexts';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

const HOST_NAMESPACES = {
  hostNetwork:
    "uses the node's network: its containers can see the node's traffic, reach services bound to the node's localhost and take the node's ports",
  hostPID:
    "shares the node's process list: its containers can see, and with enough privilege signal or inspect, every process on the node",
  hostIPC:
    "shares the node's IPC namespace: its containers can read and write the shared memory of processes on the node",
} as const;

/** Baseline "Host Namespaces": hostNetwork, hostPID and hostIPC stay unset or false. */
export const pssHostNamespacesRule = defineRule({
  id: 'pss/host-namespaces',
  severity: 'warning',
  title: "No sharing of the node's network, process or IPC namespace (Baseline)",
  why: `Namespaces are what separate a container from the node; a pod that shares the node's namespaces can observe or disturb the node and every other pod on it. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const hostProcess =
      field(field(podSecurityContext(context), 'windowsOptions'), 'hostProcess') === true ||
      context.containers.some(
        (c) => field(field(containerSecurityContext(c), 'windowsOptions'), 'hostProcess') === true,
      );
    for (const key of Object.keys(HOST_NAMESPACES) as (keyof typeof HOST_NAMESPACES)[]) {
      if (field(context.podSpec, key) !== true) continue;
      const path = [...context.podSpecPath, key];
      // Windows HostProcess pods must use the host network (the API server rejects them otherwise).
      const fixable = !(key === 'hostNetwork' && hostProcess);
      report({
        path,
        message: `The pod sets ${key}: true and ${HOST_NAMESPACES[key]}.`,
        securityControl: baselineControl('Host Namespaces'),
        ...(fixable ? { fix: removeFieldFix(context, path, `Remove ${key}`, context.podSpecPath) } : {}),
      });
    }
  },
});
