import { field, isJsonArray } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { podSecurityContext, podSecurityContextPath } from '../../support/securityContext/securityContexts';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

/**
 * The "safe" sysctls: namespaced per pod and isolated from other pods. The standard's list, with
 * the 1.27 and 1.29 additions, plus tcp_rmem/tcp_wmem that Pod Security admission allows from 1.32.
 */
const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

/** Baseline "Sysctls": only the safe set. */
export const pssSysctlsRule = defineRule({
  id: 'pss/sysctls',
  severity: 'warning',
  title: 'Only safe sysctls (Baseline)',
  why: `Sysctls outside the safe set change the whole node or are not isolated between pods; the kubelet refuses them unless the node allows them, and the pod then fails with SysctlForbidden. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const sysctls = field(podSecurityContext(context), 'sysctls');
    if (!isJsonArray(sysctls)) return;
    sysctls.forEach((sysctl, index) => {
      const name = field(sysctl, 'name');
      if (typeof name !== 'string' || name === '' || SAFE_SYSCTLS.has(name)) return;
      const itemPath = [...podSecurityContextPath(context), 'sysctls', index];
      report({
        path: [...itemPath, 'name'],
        message: `The sysctl ${name} is not in the safe set, so it can affect the node or other pods.`,
        securityControl: baselineControl('Sysctls'),
        fix: removeFieldFix(context, itemPath, `Remove the sysctl ${name}`, context.podSpecPath),
      });
    });
  },
});
