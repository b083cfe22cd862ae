import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123SubdomainProblems } from '../../../support/nameFormats';
import { decodedString } from '../../../support/decoding/decodedValue';

/**
 * ServiceAccountName, when set, is a DNS subdomain. The deprecated
 * `serviceAccount` field is an alias used when serviceAccountName is empty; the server reports it
 * at serviceAccountName.
 */
export const apiServiceAccountNameRule = defineRule({
  id: 'api/service-account-name',
  severity: 'error',
  title: 'serviceAccountName is a valid object name',
  why: 'The service account is the identity the pod\'s processes use to talk to the Kubernetes API; it is named like any object: lowercase letters, digits, "-" and ".".',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpec'],
  check(context, report) {
    const spec = context.podSpec;
    let name = decodedString(field(spec, 'serviceAccountName'));
    const path = [...context.podSpecPath, 'serviceAccountName'];
    let markerPath: readonly (string | number)[] | undefined;
    if (name === '') {
      name = decodedString(field(spec, 'serviceAccount'));
      markerPath = [...context.podSpecPath, 'serviceAccount'];
    }
    if (!name) return;
    const problems = dns1123SubdomainProblems(name);
    if (problems.length > 0) {
      report({
        path,
        ...(markerPath ? { markerPath } : {}),
        errorType: 'Invalid',
        message: `Service account name "${name}" ${problems.join(' and ')}.`,
      });
    }
  },
});
