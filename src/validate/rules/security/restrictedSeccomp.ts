import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { setFieldFix } from './fieldFixes';
import {
  describeContainer,
  isWindowsPod,
  podSecurityContainers,
  podSecurityContext,
  podSecurityContextPath,
} from './podSecurityContainers';
import { RESTRICTED_CONSEQUENCE, restrictedControl, PSS_RESTRICTED_DOCS_URL } from './pssControls';

/**
 * Restricted "Seccomp": every container has RuntimeDefault or Localhost, its own or the pod's
 * (Linux pods). Unconfined is left to the Baseline rule, which reports it already.
 */
export const restrictedSeccompRule = defineRule({
  id: 'pss/seccomp-restricted',
  family: 'security',
  severity: 'info',
  title: 'Set a seccomp profile (Restricted)',
  why: `Without a seccomp profile many runtimes let containers make every system call; RuntimeDefault blocks the rarely needed ones that kernel exploits use, and almost every app runs unchanged with it. ${RESTRICTED_CONSEQUENCE}`,
  docsUrl: PSS_RESTRICTED_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    if (isWindowsPod(context)) return;
    const podType = field(field(podSecurityContext(context), 'seccompProfile'), 'type');
    if (podType !== undefined && podType !== null) return;
    const unset = podSecurityContainers(context).filter((container) => {
      const type = field(field(container.securityContext, 'seccompProfile'), 'type');
      return type === undefined || type === null;
    });
    if (unset.length === 0) return;
    const all = unset.length === podSecurityContainers(context).length;
    const profilePath = [...podSecurityContextPath(context), 'seccompProfile'];
    report({
      path: profilePath,
      message: all
        ? 'No seccomp profile is set for this pod; set seccompProfile.type: RuntimeDefault on the pod.'
        : `No seccomp profile applies to the ${unset.map(describeContainer).join(', ')}; set seccompProfile.type: RuntimeDefault on the pod.`,
      securityControl: restrictedControl('Seccomp'),
      fix: setFieldFix('Set the pod seccomp profile to RuntimeDefault', context.ref, profilePath, {
        type: 'RuntimeDefault',
      }),
    });
  },
});
