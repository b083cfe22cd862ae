import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { checkHandler } from '../../../support/probes/handlerChecks';
import { describeContainer, containersExceptEphemeral } from '../../../support/containers/podContainers';

const HOOK_WORD = { postStart: 'postStart hook', preStop: 'preStop hook' } as const;

/**
 * A postStart or preStop hook (of an app container or a native sidecar)
 * takes exactly one action — exec, httpGet, tcpSocket or sleep — and a sleep fits in the pod's
 * terminationGracePeriodSeconds.
 */
export const apiLifecycleHookRule = defineRule({
  id: 'api/lifecycle-hook',
  severity: 'error',
  title: 'A lifecycle hook takes exactly one well-formed action',
  why: 'postStart runs right after the container starts and preStop right before it is stopped; each hook does one thing (run a command, call HTTP, sleep), and a preStop sleep longer than the grace period would be cut off.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/',
  appliesTo: 'workload',
  mirrors: ['core.validateLifecycle', 'core.validateHandler', 'core.validateSleepAction'],
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role === 'init') continue;
      const lifecycle = field(slot.container, 'lifecycle');
      if (!isJsonObject(lifecycle)) continue;
      for (const hook of ['postStart', 'preStop'] as const) {
        const handler = field(lifecycle, hook);
        if (!isJsonObject(handler)) continue;
        checkHandler(
          {
            handler,
            path: [...slot.path, 'lifecycle', hook],
            kind: 'hook',
            label: `The ${HOOK_WORD[hook]} of ${describeContainer(slot)}`,
            context,
          },
          report,
        );
      }
    }
  },
});
