import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { updateAtPath, withKey, withoutKey } from '../../../model/valueAtPath';
import { defineRule } from '../../rule';
import { probedContainers } from '../../support/workloads/podRunsToCompletion';
import { probeHandler, probeTiming } from '../../support/probes/probeDefaults';
import { describeContainer } from '../../support/containers/podContainers';
import { editObjectFix } from '../../support/fixes/fieldFixes';

/** A liveness initialDelaySeconds from which a startup probe is the better tool. */
export const SLOW_START_SECONDS = 60;
const STARTUP_PERIOD_SECONDS = 10;

/** Slow-starting containers (a long liveness initialDelaySeconds) without a startup probe. */
export const practiceStartupProbeRule = defineRule({
  id: 'practice/startup-probe',
  severity: 'info',
  title: 'Slow starters use a startup probe, not a long initial delay',
  why: 'A long initialDelaySeconds is a guess: if the app starts more slowly it is killed in a restart loop, and if it starts faster a hang goes unnoticed for the whole delay. A startup probe holds liveness checks back exactly until the app has started.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of probedContainers(context)) {
      const liveness = field(slot.container, 'livenessProbe');
      const startup = field(slot.container, 'startupProbe');
      if (!isJsonObject(liveness) || (startup !== undefined && startup !== null)) continue;
      const delay = probeTiming(liveness, 'initialDelaySeconds');
      if (delay < SLOW_START_SECONDS) continue;
      const handler = probeHandler(liveness);
      const cPath = [...slot.path];
      const failureThreshold = Math.ceil(delay / STARTUP_PERIOD_SECONDS) + probeTiming(liveness, 'failureThreshold');
      report({
        path: [...cPath, 'livenessProbe', 'initialDelaySeconds'],
        message: `The ${describeContainer(slot)} delays its liveness probe by ${delay}s instead of using a startup probe.`,
        ...(handler
          ? {
              fix: editObjectFix(
                context,
                cPath,
                (object) =>
                  updateAtPath(object, cPath, (container) => {
                    if (!isJsonObject(container)) return container;
                    const original = field(liveness, handler.kind)!;
                    let startupProbe: JsonObject = {
                      [handler.kind]: original,
                      periodSeconds: STARTUP_PERIOD_SECONDS,
                      failureThreshold,
                    };
                    const timeout = field(liveness, 'timeoutSeconds');
                    if (typeof timeout === 'number') startupProbe = withKey(startupProbe, 'timeoutSeconds', timeout);
                    const currentLiveness = field(container, 'livenessProbe');
                    const next = isJsonObject(currentLiveness)
                      ? withKey(container, 'livenessProbe', withoutKey(currentLiveness, 'initialDelaySeconds'))
                      : container;
                    return withKey(next, 'startupProbe', startupProbe);
                  }) as JsonObject,
                `Add a startup probe allowing ${failureThreshold * STARTUP_PERIOD_SECONDS}s to start`,
              ),
            }
          : {}),
      });
    }
  },
});
