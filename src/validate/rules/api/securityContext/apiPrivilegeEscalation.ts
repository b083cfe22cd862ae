import { field } from '../../../../model/jsonValue';
import { capitalized } from '../../../support/capitalized';
import { defineRule } from '../../../rule';
import { securityContextOwners } from '../../../support/securityContext/securityContexts';

/**
 * A container cannot set allowPrivilegeEscalation: false together with
 * privileged: true, or with capabilities.add containing "CAP_SYS_ADMIN" (the server compares that
 * exact string; plain SYS_ADMIN is not caught here, though it has the same effect).
 */
export const apiPrivilegeEscalationRule = defineRule({
  id: 'api/privilege-escalation',
  severity: 'error',
  title: 'allowPrivilegeEscalation: false contradicts privileged and CAP_SYS_ADMIN',
  why: 'A privileged container, or one with CAP_SYS_ADMIN, already has every privilege, so promising that it cannot gain more (allowPrivilegeEscalation: false) is a contradiction the API server refuses.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateSecurityContext'],
  check(context, report) {
    for (const owner of securityContextOwners(context)) {
      const { securityContext, path } = owner;
      if (!securityContext || !owner.container || owner.container.role === 'ephemeral') continue;
      if (field(securityContext, 'allowPrivilegeEscalation') !== false) continue;
      if (field(securityContext, 'privileged') === true) {
        report({
          path,
          markerPath: [...path, 'allowPrivilegeEscalation'],
          errorType: 'Invalid',
          message: `${capitalized(owner.name)} sets allowPrivilegeEscalation: false and privileged: true; a privileged container always has every privilege.`,
        });
      }
      const added = field(field(securityContext, 'capabilities'), 'add');
      if (!Array.isArray(added)) continue;
      added.forEach((capability, index) => {
        if (capability !== 'CAP_SYS_ADMIN') return;
        report({
          path,
          markerPath: [...path, 'capabilities', 'add', index],
          errorType: 'Invalid',
          message: `${capitalized(owner.name)} adds CAP_SYS_ADMIN but sets allowPrivilegeEscalation: false; CAP_SYS_ADMIN allows escalating privileges.`,
        });
      });
    }
  },
});
