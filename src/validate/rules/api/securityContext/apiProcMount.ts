import { field } from '../../../../model/jsonValue';
import { capitalized } from '../../../support/capitalized';
import { defineRule } from '../../../rule';
import { securityContextOwners } from '../../../support/securityContext/securityContexts';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

const PROC_MOUNTS = ['Default', 'Unmasked'];

/** ProcMount is Default or Unmasked, and Unmasked needs a user namespace (hostUsers: false). */
export const apiProcMountRule = defineRule({
  id: 'api/proc-mount',
  severity: 'error',
  title: 'procMount is Default, or Unmasked in a user namespace',
  why: 'procMount: Unmasked shows the container the full /proc of its namespace without the usual masking; that is only allowed when the pod runs in its own user namespace (hostUsers: false), where it cannot reach the node.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateSecurityContext'],
  check(context, report) {
    const hostUsers = field(context.podSpec, 'hostUsers') !== false;
    for (const owner of securityContextOwners(context)) {
      const { securityContext, path } = owner;
      if (!securityContext || !owner.container || owner.container.role === 'ephemeral') continue;
      const procMount = field(securityContext, 'procMount');
      if (typeof procMount !== 'string') continue;
      const at = [...path, 'procMount'];
      if (!PROC_MOUNTS.includes(procMount)) {
        const canonical = enumValueMeant(procMount, PROC_MOUNTS);
        report({
          path: at,
          errorType: 'NotSupported',
          message: `"${procMount}" is not a procMount type; use Default or Unmasked.`,
          ...(canonical ? { fix: setFieldFix(context, at, canonical, `Set procMount to ${canonical}`) } : {}),
        });
      }
      if (procMount === 'Unmasked' && hostUsers) {
        report({
          path: at,
          errorType: 'Invalid',
          message: `${capitalized(owner.name)} uses procMount: Unmasked, which needs hostUsers: false on the pod.`,
        });
      }
    }
  },
});
