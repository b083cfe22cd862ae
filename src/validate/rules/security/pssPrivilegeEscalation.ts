import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import {
  RESTRICTED_CONSEQUENCE,
  restrictedControl,
  PSS_RESTRICTED_DOCS_URL,
} from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { containerSecurityContext, isWindowsPod } from '../../support/securityContext/securityContexts';
import { stringItems } from '../../support/decoding/decodedValue';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** Restricted "Privilege Escalation": every container sets allowPrivilegeEscalation: false (Linux pods). */
export const pssPrivilegeEscalationRule = defineRule({
  id: 'pss/privilege-escalation',
  severity: 'info',
  title: 'Set allowPrivilegeEscalation: false (Restricted)',
  why: `Unless it is set to false, a process in the container can gain more privileges than it started with, for example through a set-user-ID program like sudo. ${RESTRICTED_CONSEQUENCE}`,
  docsUrl: PSS_RESTRICTED_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    if (isWindowsPod(context)) return;
    for (const container of context.containers) {
      const value = field(containerSecurityContext(container), 'allowPrivilegeEscalation');
      if (value === false) continue;
      const path = [...container.path, 'securityContext', 'allowPrivilegeEscalation'];
      const privileged = field(containerSecurityContext(container), 'privileged') === true;
      const sysAdmin = stringItems(field(field(containerSecurityContext(container), 'capabilities'), 'add')).some((c) =>
        ['SYS_ADMIN', 'CAP_SYS_ADMIN'].includes(c.value.toUpperCase()),
      );
      const message = privileged
        ? `The ${describeContainer(container)} is privileged, which always allows privilege escalation.`
        : value === true
          ? `The ${describeContainer(container)} sets allowPrivilegeEscalation: true.`
          : `The ${describeContainer(container)} does not set allowPrivilegeEscalation: false.`;
      report({
        path,
        message,
        securityControl: restrictedControl('Privilege Escalation'),
        // The API server rejects allowPrivilegeEscalation: false together with privileged or SYS_ADMIN.
        ...(privileged || sysAdmin
          ? {}
          : { fix: setFieldFix(context, path, false, 'Set allowPrivilegeEscalation: false') }),
      });
    }
  },
});
