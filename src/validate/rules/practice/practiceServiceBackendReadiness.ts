import { isNativeSidecar, listContainerSlots } from '../../../model/containers';
import { field } from '../../../model/jsonValue';
import { podSpecOf } from '../../../model/workloads';
import { WORKLOAD_KINDS } from '../../../model/workloadKinds';
import { defineRule } from '../../rule';
import { describeWorkload, serviceBackends } from '../../support/services/serviceBackends';

/** A Service whose selected pods have no readiness probe at all. */
export const practiceServiceBackendReadinessRule = defineRule({
  id: 'practice/service-backend-readiness',
  severity: 'warning',
  title: 'The pods behind a Service have a readiness probe',
  why: 'A Service sends traffic only to pods that are ready, and a pod without a readiness probe counts as ready as soon as its containers start: during every rollout, requests reach programs that are still starting and fail.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  appliesTo: 'any',
  check(context, report) {
    const backends = serviceBackends(context);
    if (!backends) return;
    const unprobed = backends.workloads.filter((workload) => {
      if (WORKLOAD_KINDS[workload.kind].runsToCompletion) return false;
      return !listContainerSlots(podSpecOf(workload.object)).some(
        (slot) =>
          (slot.role === 'app' || isNativeSidecar(slot.container)) &&
          field(slot.container, 'readinessProbe') !== undefined,
      );
    });
    if (unprobed.length === 0) return;
    report({
      path: ['spec', 'selector'],
      message: `The pods of ${unprobed.map(describeWorkload).join(', ')} have no readiness probe: this Service sends them traffic as soon as they start.`,
    });
  },
});
