import { field } from '../../../../model/jsonValue';
import { PROBE_KINDS } from '../../../../model/containers';
import { defineRule } from '../../../rule';
import { describeContainer, containersExceptEphemeral } from '../../../support/containers/podContainers';
import { isAbsent } from '../../../support/decoding/decodedValue';
import { removeFieldFix } from '../../../support/fixes/fieldFixes';

/**
 * Probes and lifecycle hooks are Forbidden on plain init containers (they run
 * to completion, one after another). Native sidecars (restartPolicy: Always) may have them.
 */
export const apiInitContainerProbesRule = defineRule({
  id: 'api/init-container-probes',
  severity: 'error',
  title: 'Plain init containers have no probes or lifecycle hooks',
  why: 'An init container runs once to completion before the app starts, so there is nothing to probe or hook; only a native sidecar (an init container with restartPolicy: Always) keeps running and may have probes and hooks.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#differences-from-regular-containers',
  appliesTo: 'workload',
  mirrors: ['core.validateInitContainers'],
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role !== 'init') continue;
      const base = [...slot.path];
      for (const key of ['lifecycle', ...PROBE_KINDS] as const) {
        if (isAbsent(field(slot.container, key))) continue;
        const what = key === 'lifecycle' ? 'lifecycle hooks' : `a ${key}`;
        report({
          path: [...base, key],
          errorType: 'Forbidden',
          message: `The ${describeContainer(slot)} has ${what}, which init containers without restartPolicy: Always may not have.`,
          fix: removeFieldFix(
            context,
            [...base, key],
            key === 'lifecycle'
              ? 'Remove lifecycle from the init container'
              : 'Remove the probe from the init container',
          ),
        });
      }
    }
  },
});
