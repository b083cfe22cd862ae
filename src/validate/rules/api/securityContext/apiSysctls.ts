import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, objectItems } from '../../../support/decoding/decodedValue';

const SYSCTL_NAME = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
const MAX_SYSCTL_LENGTH = 253;
const IPC_PREFIXES = ['kernel.shm', 'kernel.msg', 'fs.mqueue.'];

/** `net/ipv4/ip_forward` → `net.ipv4.ip_forward` (when the first separator is "/", "/" and "." swap). */
function normalizeSysctl(name: string): string {
  const first = name.search(/[./]/);
  if (first < 0 || name[first] === '.') return name;
  return name.replace(/[./]/g, (separator) => (separator === '.' ? '/' : '.'));
}

function sysctlNamespace(name: string): 'net' | 'ipc' | undefined {
  const normalized = normalizeSysctl(name);
  if (normalized.startsWith('net.')) return 'net';
  if (normalized === 'kernel.sem' || IPC_PREFIXES.some((prefix) => normalized.startsWith(prefix))) return 'ipc';
  return undefined;
}

/**
 * Pod sysctls have well-formed, unique names, and network (net.*)
 * or IPC sysctls are not set in a pod that shares the node's network or IPC namespace. Whether a
 * sysctl is safe is not checked here (the kubelet decides).
 */
export const apiSysctlsRule = defineRule({
  id: 'api/sysctls',
  severity: 'error',
  title: "Sysctls are well formed and stay in the pod's namespaces",
  why: "A pod sysctl tunes the kernel for that pod only, which works for namespaced settings; with hostNetwork or hostIPC the pod shares the node's namespace, so setting net.* or IPC sysctls would change the node itself.",
  docsUrl: 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/',
  appliesTo: 'workload',
  mirrors: ['core.validateSysctls'],
  check(context, report) {
    const securityContext = field(context.podSpec, 'securityContext');
    const hostNetwork = field(context.podSpec, 'hostNetwork') === true;
    const hostIpc = field(context.podSpec, 'hostIPC') === true;
    const seen = new Set<string>();
    for (const { index, item } of objectItems(field(securityContext, 'sysctls'))) {
      const name = decodedString(field(item, 'name'));
      if (name === undefined) continue;
      const path = [...context.podSpecPath, 'securityContext', 'sysctls', index, 'name'];
      if (name === '')
        report({ path, errorType: 'Required', message: 'A sysctl needs a name, like net.ipv4.ip_local_port_range.' });
      else if (name.length > MAX_SYSCTL_LENGTH || !SYSCTL_NAME.test(name)) {
        report({
          path,
          errorType: 'Invalid',
          message: `"${name}" is not a sysctl name: lowercase words separated by "." or "/", at most ${MAX_SYSCTL_LENGTH} characters.`,
        });
      } else if (seen.has(name))
        report({ path, errorType: 'Duplicate', message: `The sysctl "${name}" is set twice.` });
      seen.add(name);
      const namespace = sysctlNamespace(name);
      if (namespace === 'net' && hostNetwork) {
        report({
          path,
          errorType: 'Invalid',
          message: `"${name}" cannot be set in a pod with hostNetwork: true; it would change the node's network settings.`,
        });
      } else if (namespace === 'ipc' && hostIpc) {
        report({
          path,
          errorType: 'Invalid',
          message: `"${name}" cannot be set in a pod with hostIPC: true; it would change the node's IPC settings.`,
        });
      }
    }
  },
});
