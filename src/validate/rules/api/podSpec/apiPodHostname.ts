import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123LabelProblems, isDns1123Label } from '../../../support/nameFormats';
import { decodedString } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

/** Spec.hostname and spec.subdomain, when set, are DNS-1123 labels. */
export const apiPodHostnameRule = defineRule({
  id: 'api/pod-hostname',
  severity: 'error',
  title: 'hostname and subdomain are DNS labels',
  why: 'The hostname and subdomain become the pod\'s DNS name (hostname.subdomain.namespace.svc), so each must be one DNS label: at most 63 lowercase letters, digits and "-", without dots.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-hostname-and-subdomain-field',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpec'],
  check(context, report) {
    for (const key of ['hostname', 'subdomain'] as const) {
      const value = decodedString(field(context.podSpec, key));
      if (!value) continue;
      const problems = dns1123LabelProblems(value);
      if (problems.length === 0) continue;
      const path = [...context.podSpecPath, key];
      const lowercase = value.toLowerCase();
      report({
        path,
        errorType: 'Invalid',
        message: `${key === 'hostname' ? 'Hostname' : 'Subdomain'} "${value}" ${problems.join(' and ')}.`,
        ...(lowercase !== value && isDns1123Label(lowercase)
          ? { fix: setFieldFix(context, path, lowercase, `Set ${key} to "${lowercase}"`) }
          : {}),
      });
    }
  },
});
