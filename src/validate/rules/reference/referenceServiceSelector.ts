import { defineRule } from '../../rule';
import { serviceBackends } from '../../support/services/serviceBackends';

/** A Service whose selector matches the pods of no workload of the file. */
export const referenceServiceSelectorRule = defineRule({
  id: 'reference/service-selector',
  severity: 'warning',
  title: 'A Service selects the pods of a workload in this file',
  why: 'A Service sends traffic to the pods whose labels include every label of its selector. When no pod template carries them all, the Service has no endpoints and every connection to it fails; usually a label was renamed on one side only.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  appliesTo: 'any',
  check(context, report) {
    const backends = serviceBackends(context);
    if (!backends || backends.workloads.length > 0) return;
    const labels = Object.entries(backends.service.selector ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join(', ');
    report(
      backends.fileHasWorkloads
        ? {
            path: ['spec', 'selector'],
            message: `No pod template in this file has the labels ${labels}: the Service ${backends.service.name} has no pods to send traffic to.`,
          }
        : {
            path: ['spec', 'selector'],
            severity: 'info',
            message: `This file holds no workload: the pods labelled ${labels} must be defined elsewhere.`,
          },
    );
  },
});
