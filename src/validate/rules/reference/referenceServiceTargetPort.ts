import { podSpecOf } from '../../../model/workloads';
import { portsReachedBy, podPorts } from '../../../model/services';
import { defineRule } from '../../rule';
import { setFieldFix } from '../../support/fixes/fieldFixes';
import { describeWorkload, serviceBackends } from '../../support/services/serviceBackends';

/** A named targetPort that the pods the Service selects do not declare. */
export const referenceServiceTargetPortRule = defineRule({
  id: 'reference/service-target-port',
  severity: 'warning',
  title: 'A named targetPort is a port name the selected pods declare',
  why: 'A Service port whose targetPort is a name sends traffic to the container port of that name in each selected pod. A pod that declares no port of that name gets no traffic on it, as if the Service had no endpoints.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  appliesTo: 'any',
  check(context, report) {
    const backends = serviceBackends(context);
    if (!backends) return;
    for (const port of backends.service.ports) {
      if (typeof port.targetPort !== 'string') continue;
      const missing = backends.workloads.filter(
        (workload) => portsReachedBy(port, podSpecOf(workload.object)).length === 0,
      );
      if (missing.length === 0) continue;
      const path = ['spec', 'ports', port.index, 'targetPort'];
      // The one port every selected pod declares is the only safe guess of what was meant.
      const candidates = backends.workloads.flatMap((workload) => podPorts(podSpecOf(workload.object)));
      const only = candidates.length === 1 ? candidates[0] : undefined;
      const target = only ? (only.name ?? only.containerPort) : undefined;
      report({
        path,
        message: `The pods of ${missing.map(describeWorkload).join(', ')} declare no port named "${port.targetPort}".`,
        ...(target !== undefined ? { fix: setFieldFix(context, path, target, `Send traffic to port ${target}`) } : {}),
      });
    }
  },
});
