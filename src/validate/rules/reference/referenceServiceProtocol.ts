import { podSpecOf } from '../../../model/workloads';
import { portsReachedBy } from '../../../model/services';
import { hasKey, isJsonObject } from '../../../model/jsonValue';
import { getAtPath } from '../../../model/valueAtPath';
import { defineRule } from '../../rule';
import { setFieldFix } from '../../support/fixes/fieldFixes';
import { serviceBackends } from '../../support/services/serviceBackends';

/** A Service port whose protocol differs from that of the container port it reaches. */
export const referenceServiceProtocolRule = defineRule({
  id: 'reference/service-protocol',
  severity: 'warning',
  title: 'A Service port uses the protocol of the container port it reaches',
  why: 'A Service forwards TCP to TCP and UDP to UDP. When the container listens on the port with another protocol (a DNS server on UDP, a Service left at the TCP default), packets reach a port nothing listens on.',
  docsUrl: 'https://kubernetes.io/docs/reference/networking/service-protocols/',
  appliesTo: 'any',
  check(context, report) {
    const backends = serviceBackends(context);
    if (!backends) return;
    for (const port of backends.service.ports) {
      const reached = backends.workloads.flatMap((workload) => portsReachedBy(port, podSpecOf(workload.object)));
      if (reached.length === 0 || reached.some((podPort) => podPort.protocol === port.protocol)) continue;
      const protocol = reached[0]!.protocol;
      const entryPath = ['spec', 'ports', port.index];
      const entry = getAtPath(context.object, entryPath);
      const hasProtocol = isJsonObject(entry) && hasKey(entry, 'protocol');
      const path = [...entryPath, 'protocol'];
      report({
        path: hasProtocol ? path : entryPath,
        message: `Port ${port.name ?? port.port ?? port.index} uses ${port.protocol}, but the container port it reaches (${reached[0]!.slot.name}:${reached[0]!.containerPort}) is ${protocol}.`,
        fix: setFieldFix(context, path, protocol, `Set protocol to ${protocol}`),
      });
    }
  },
});
