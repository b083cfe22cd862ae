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

/** Restricted "Running as Non-root user": runAsUser is never 0, at pod or container level. */
export const pssRunAsNonRootUserRule = defineRule({
  id: 'pss/run-as-non-root-user',
  severity: 'info',
  title: 'Do not set runAsUser: 0 (Restricted)',
  why: `User ID 0 is root, and a root process that escapes its container is root on the node; pick a non-zero user ID that owns the files the app needs. ${RESTRICTED_CONSEQUENCE}`,
  docsUrl: PSS_RESTRICTED_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const securityControl = restrictedControl('Running as Non-root user');
    if (field(podSecurityContext(context), 'runAsUser') === 0) {
      report({
        path: [...podSecurityContextPath(context), 'runAsUser'],
        message: 'The pod sets runAsUser: 0, so its containers run as root unless they set another user.',
        securityControl,
      });
    }
    for (const container of context.containers) {
      if (field(containerSecurityContext(container), 'runAsUser') !== 0) continue;
      report({
        path: [...container.path, 'securityContext', 'runAsUser'],
        message: `The ${describeContainer(container)} sets runAsUser: 0 and runs as root.`,
        securityControl,
      });
    }
  },
});
