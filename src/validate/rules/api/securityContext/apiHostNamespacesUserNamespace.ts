import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';

/** The node namespaces and the field name the server prints for each (HostPID and HostIPC capitalised, sic). */
const HOST_NAMESPACES = [
  { key: 'hostNetwork', printed: 'hostNetwork' },
  { key: 'hostPID', printed: 'HostPID' },
  { key: 'hostIPC', printed: 'HostIPC' },
] as const;

/** A pod in its own user namespace (hostUsers: false) cannot share the node's network, PID or IPC namespace. */
export const apiHostNamespacesUserNamespaceRule = defineRule({
  id: 'api/host-namespaces-user-namespace',
  severity: 'error',
  title: 'A pod with hostUsers: false shares no node namespaces',
  why: "hostUsers: false runs the pod in its own user namespace so that root in the container is nobody on the node; combining it with the node's network, PID or IPC namespace would undo that isolation.",
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/',
  appliesTo: 'workload',
  mirrors: ['core.validateHostUsers'],
  check(context, report) {
    if (field(context.podSpec, 'hostUsers') !== false) return;
    for (const { key, printed } of HOST_NAMESPACES) {
      if (field(context.podSpec, key) !== true) continue;
      const path = [...context.podSpecPath, key];
      report({
        path: [...context.podSpecPath, printed],
        markerPath: path,
        errorType: 'Forbidden',
        message: `${key}: true cannot be combined with hostUsers: false.`,
      });
    }
  },
});
