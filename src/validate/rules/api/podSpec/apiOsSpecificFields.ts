import { field, type JsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { isAbsent, presentObject } from '../../../support/decoding/decodedValue';

/** Pod securityContext fields that cannot be set for a Windows pod (validateWindows). */
const WINDOWS_FORBIDDEN_POD_SECURITY = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
];

/** Container securityContext fields that cannot be set for a Windows pod. */
const WINDOWS_FORBIDDEN_CONTAINER_SECURITY = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
];

/**
 * With spec.os.name linux, no windowsOptions; with windows, none of the
 * Linux-only security settings (user and group IDs, seccomp, AppArmor, SELinux, capabilities,
 * sysctls, host PID/IPC and user namespaces ...).
 */
export const apiOsSpecificFieldsRule = defineRule({
  id: 'api/os-specific-fields',
  severity: 'error',
  title: 'No settings of the other operating system',
  why: 'Once a pod declares its operating system, Kubernetes rejects settings that only exist on the other one (Linux user IDs and seccomp on Windows, Windows options on Linux), because the node could not apply them.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-os',
  appliesTo: 'workload',
  mirrors: ['core.validateLinux', 'core.validateWindows'],
  check(context, report) {
    const spec = context.podSpec;
    const osName = field(field(spec, 'os'), 'name');
    if (!spec || (osName !== 'linux' && osName !== 'windows')) return;
    const podSecurity = presentObject(field(spec, 'securityContext'));
    const securityPath = [...context.podSpecPath, 'securityContext'];
    const forbid = (path: readonly (string | number)[], what: string) =>
      report({
        path,
        errorType: 'Forbidden',
        message: `${what} cannot be set for a ${osName === 'linux' ? 'Linux' : 'Windows'} pod (spec.os.name is ${osName}).`,
      });
    if (osName === 'linux') {
      if (podSecurity && !isAbsent(field(podSecurity, 'windowsOptions')))
        forbid([...securityPath, 'windowsOptions'], 'windowsOptions');
      for (const entry of context.containers) {
        const security = presentObject(field(entry.container, 'securityContext'));
        if (security && !isAbsent(field(security, 'windowsOptions')))
          forbid([...entry.path, 'securityContext', 'windowsOptions'], 'windowsOptions');
      }
      return;
    }
    if (podSecurity) {
      for (const key of WINDOWS_FORBIDDEN_POD_SECURITY) {
        if (!isAbsent(field(podSecurity, key))) forbid([...securityPath, key], `securityContext.${key}`);
      }
      const sysctls = field(podSecurity, 'sysctls');
      if (Array.isArray(sysctls) && sysctls.length > 0) forbid([...securityPath, 'sysctls'], 'securityContext.sysctls');
    }
    if (!isAbsent(field(spec, 'hostUsers'))) forbid([...context.podSpecPath, 'hostUsers'], 'hostUsers');
    if (field(spec, 'hostPID') === true) forbid([...context.podSpecPath, 'hostPID'], 'hostPID');
    if (field(spec, 'hostIPC') === true) forbid([...context.podSpecPath, 'hostIPC'], 'hostIPC');
    if (!isAbsent(field(spec, 'shareProcessNamespace')))
      forbid([...context.podSpecPath, 'shareProcessNamespace'], 'shareProcessNamespace');
    for (const entry of context.containers) {
      const security: JsonObject | undefined = presentObject(field(entry.container, 'securityContext'));
      if (!security) continue;
      for (const key of WINDOWS_FORBIDDEN_CONTAINER_SECURITY) {
        if (!isAbsent(field(security, key))) forbid([...entry.path, 'securityContext', key], `securityContext.${key}`);
      }
    }
  },
});
