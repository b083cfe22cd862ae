import { field, isJsonArray } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import {
  podSecurityContext,
  podSecurityContextPath,
  effectiveSecurityValue,
} from '../../support/securityContext/securityContexts';
import { stringItems } from '../../support/decoding/decodedValue';
import { updateFieldFix } from '../../support/fixes/fieldFixes';

const UNPRIVILEGED_PORT_START = 'net.ipv4.ip_unprivileged_port_start';

/** The pod's ip_unprivileged_port_start sysctl, when set to a number. */
function unprivilegedPortStart(podSecurity: unknown): number | undefined {
  const sysctls = field(podSecurity, 'sysctls');
  if (!isJsonArray(sysctls)) return undefined;
  for (const sysctl of sysctls) {
    if (field(sysctl, 'name') !== UNPRIVILEGED_PORT_START) continue;
    const value = Number(field(sysctl, 'value'));
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/**
 * Non-root containers that declare a port below 1024 (port 22 has its own rule). Binding such a
 * port needs root privileges unless the pod lowers net.ipv4.ip_unprivileged_port_start.
 */
export const practicePrivilegedPortRule = defineRule({
  id: 'practice/privileged-port',
  severity: 'info',
  title: 'Non-root containers listen on ports from 1024',
  why: 'Linux lets only root bind ports below 1024 unless net.ipv4.ip_unprivileged_port_start is lowered; some container runtimes lower it, others do not, so a non-root server on port 80 may fail with "permission denied". Listen on 8080 and map port 80 in the Service, or set the safe sysctl.',
  docsUrl: 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/',
  appliesTo: 'workload',
  check(context, report) {
    const podSecurity = podSecurityContext(context);
    const portStart = unprivilegedPortStart(podSecurity);
    const hostNetwork = field(context.podSpec, 'hostNetwork') === true;
    for (const slot of containersExceptEphemeral(context)) {
      const runAsUser = effectiveSecurityValue(context, slot, 'runAsUser');
      const nonRoot =
        effectiveSecurityValue(context, slot, 'runAsNonRoot') === true ||
        (typeof runAsUser === 'number' && runAsUser > 0);
      if (!nonRoot) continue;
      const added = stringItems(field(field(field(slot.container, 'securityContext'), 'capabilities'), 'add'));
      if (added.some((item) => item.value.toUpperCase().replace(/^CAP_/, '') === 'NET_BIND_SERVICE')) continue;
      for (const port of declaredPorts(slot.container)) {
        if (port.containerPort >= 1024 || port.containerPort === 22) continue;
        if (portStart !== undefined && portStart <= port.containerPort) continue;
        report({
          path: [...slot.path, 'ports', port.index, 'containerPort'],
          message: `The ${describeContainer(slot)} runs as a non-root user but listens on port ${port.containerPort}, which only root may bind by default.`,
          // Network sysctls are not allowed together with hostNetwork.
          ...(hostNetwork
            ? {}
            : {
                fix: updateFieldFix(
                  context,
                  [...podSecurityContextPath(context), 'sysctls'],
                  (current) => {
                    const kept = isJsonArray(current)
                      ? current.filter((sysctl) => field(sysctl, 'name') !== UNPRIVILEGED_PORT_START)
                      : [];
                    return [...kept, { name: UNPRIVILEGED_PORT_START, value: '0' }];
                  },
                  `Let non-root processes bind low ports (${UNPRIVILEGED_PORT_START}=0)`,
                ),
              }),
        });
      }
    }
  },
});
