import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { securityContextOwners } from '../../support/securityContext/securityContexts';
import { capitalized } from '../../support/capitalized';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

/** SELinux types Baseline allows (container_engine_t since Kubernetes 1.31). */
const ALLOWED_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/** Baseline "SELinux": only the container types, and no custom user or role. */
export const pssSelinuxRule = defineRule({
  id: 'pss/selinux',
  severity: 'warning',
  title: 'Keep the container SELinux type, user and role (Baseline)',
  why: `On SELinux nodes the container types are what confine a container; another type (such as spc_t) or a custom user or role can lift that confinement. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const securityControl = baselineControl('SELinux');
    for (const owner of securityContextOwners(context)) {
      const options = field(owner.securityContext, 'seLinuxOptions');
      const optionsPath = [...owner.path, 'seLinuxOptions'];
      const type = field(options, 'type');
      if (typeof type === 'string' && !ALLOWED_TYPES.has(type)) {
        report({
          path: [...optionsPath, 'type'],
          message: `${capitalized(owner.name)} sets the SELinux type ${type}; only container_t, container_init_t, container_kvm_t and container_engine_t keep it confined.`,
          securityControl,
          fix: removeFieldFix(context, [...optionsPath, 'type'], 'Remove the SELinux type', owner.ownerPath),
        });
      }
      for (const key of ['user', 'role'] as const) {
        const value = field(options, key);
        if (typeof value !== 'string' || value === '') continue;
        report({
          path: [...optionsPath, key],
          message: `${capitalized(owner.name)} sets a custom SELinux ${key} (${value}).`,
          securityControl,
          fix: removeFieldFix(context, [...optionsPath, key], `Remove the SELinux ${key}`, owner.ownerPath),
        });
      }
    }
  },
});
