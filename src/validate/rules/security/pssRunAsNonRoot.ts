import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import {
  RESTRICTED_CONSEQUENCE,
  restrictedControl,
  PSS_RESTRICTED_DOCS_URL,
} from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import {
  containerSecurityContext,
  podSecurityContext,
  podSecurityContextPath,
} from '../../support/securityContext/securityContexts';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/**
 * Restricted "Running as Non-root": runAsNonRoot is true for every container, set on the
 * container or inherited from the pod; no level may set it to false.
 */
export const pssRunAsNonRootRule = defineRule({
  id: 'pss/run-as-non-root',
  severity: 'info',
  title: 'Require runAsNonRoot: true (Restricted)',
  why: `With runAsNonRoot: true the kubelet refuses to start a container whose user is root, so a root process never runs even if the image defaults to root. ${RESTRICTED_CONSEQUENCE}`,
  docsUrl: PSS_RESTRICTED_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const securityControl = restrictedControl('Running as Non-root');
    const podValue = field(podSecurityContext(context), 'runAsNonRoot');
    const podPath = [...podSecurityContextPath(context), 'runAsNonRoot'];
    const inheriting: string[] = [];
    for (const container of context.containers) {
      const own = field(containerSecurityContext(container), 'runAsNonRoot');
      if (own === false) {
        const path = [...container.path, 'securityContext', 'runAsNonRoot'];
        report({
          path,
          message: `The ${describeContainer(container)} sets runAsNonRoot: false, so it may run as root.`,
          securityControl,
          fix: setFieldFix(context, path, true, 'Set runAsNonRoot: true'),
        });
      } else if (own !== true && podValue !== true) {
        inheriting.push(describeContainer(container));
      }
    }
    if (podValue === false || inheriting.length > 0) {
      const who =
        inheriting.length === 0
          ? ''
          : ` (${inheriting.join(', ')} ${inheriting.length === 1 ? 'has' : 'have'} no runAsNonRoot: true of ${inheriting.length === 1 ? 'its' : 'their'} own)`;
      report({
        path: podPath,
        message:
          podValue === false
            ? `The pod sets runAsNonRoot: false${who}.`
            : `Nothing requires the pod to run as non-root${who}; set runAsNonRoot: true on the pod.`,
        securityControl,
        fix: setFieldFix(context, podPath, true, 'Set runAsNonRoot: true on the pod'),
      });
    }
  },
});
