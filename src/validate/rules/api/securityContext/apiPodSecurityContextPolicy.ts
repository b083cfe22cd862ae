import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

const POLICIES: readonly { readonly key: string; readonly allowed: readonly string[] }[] = [
  { key: 'fsGroupChangePolicy', allowed: ['OnRootMismatch', 'Always'] },
  { key: 'supplementalGroupsPolicy', allowed: ['Merge', 'Strict'] },
  { key: 'seLinuxChangePolicy', allowed: ['Recursive', 'MountOption'] },
];

/** FsGroupChangePolicy, supplementalGroupsPolicy and seLinuxChangePolicy take known values. */
export const apiPodSecurityContextPolicyRule = defineRule({
  id: 'api/pod-security-context-policy',
  severity: 'error',
  title: 'Pod security context policies take known values',
  why: 'These policies choose how volume ownership, supplementary groups and SELinux labels are applied to the pod; each accepts exactly two values, spelled with capitals.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  appliesTo: 'workload',
  mirrors: [
    'core.validateFSGroupChangePolicy',
    'core.validateSupplementalGroupsPolicy',
    'core.validateSELinuxChangePolicy',
  ],
  check(context, report) {
    const securityContext = field(context.podSpec, 'securityContext');
    for (const { key, allowed } of POLICIES) {
      const value = field(securityContext, key);
      if (typeof value !== 'string' || allowed.includes(value)) continue;
      const path = [...context.podSpecPath, 'securityContext', key];
      const canonical = enumValueMeant(value, allowed);
      report({
        path,
        errorType: 'NotSupported',
        message: `"${value}" is not a ${key}; use ${allowed.join(' or ')}.`,
        ...(canonical ? { fix: setFieldFix(context, path, canonical, `Set ${key} to ${canonical}`) } : {}),
      });
    }
  },
});
