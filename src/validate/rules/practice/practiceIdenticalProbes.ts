import { field, type JsonValue } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { probedContainers } from '../../support/workloads/podRunsToCompletion';
import { probeTiming, sameProbeHandler, sameProbeTimings } from '../../support/probes/probeDefaults';
import { describeContainer } from '../../support/containers/podContainers';

/**
 * How long a failing check takes to trip a probe: its failures in a row times its period. A
 * liveness probe that takes longer than the readiness probe (a higher failureThreshold or a
 * longer period) gives a busy container time out of the Service before restarting it: that is
 * the advice already followed.
 */
function livenessWaitsLonger(liveness: JsonValue | undefined, readiness: JsonValue | undefined): boolean {
  const tripsAfter = (probe: JsonValue | undefined) =>
    probeTiming(probe, 'failureThreshold') * probeTiming(probe, 'periodSeconds');
  return tripsAfter(liveness) > tripsAfter(readiness);
}

/** A liveness probe that is a copy of the readiness probe. */
export const practiceIdenticalProbesRule = defineRule({
  id: 'practice/identical-probes',
  severity: 'warning',
  title: 'Liveness and readiness probes differ',
  why: 'Readiness takes a busy container out of the Service for a moment; liveness kills and restarts it. When both run the same check with the same timing, a container that is merely overloaded is restarted instead of being given time, which makes an overload worse.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of probedContainers(context)) {
      const liveness = field(slot.container, 'livenessProbe');
      const readiness = field(slot.container, 'readinessProbe');
      if (!sameProbeHandler(liveness, readiness)) continue;
      const path = [...slot.path, 'livenessProbe'];
      if (sameProbeTimings(liveness, readiness)) {
        report({
          path,
          message: `The liveness probe of the ${describeContainer(slot)} is identical to its readiness probe: the moment it stops being ready, it is also restarted.`,
        });
      } else if (!livenessWaitsLonger(liveness, readiness)) {
        report({
          path,
          severity: 'info',
          message: `The liveness probe of the ${describeContainer(slot)} runs the same check as its readiness probe; make sure it tolerates more failures (a higher failureThreshold) or checks something simpler.`,
        });
      }
    }
  },
});
