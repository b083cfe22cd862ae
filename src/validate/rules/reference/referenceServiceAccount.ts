import { defineRule } from '../../rule';
import { reportUndefinedReferences } from '../../support/references/reportUndefinedReferences';

/** The ServiceAccount the pod runs as, when the file does not define it. */
export const referenceServiceAccountRule = defineRule({
  id: 'reference/service-account',
  severity: 'info',
  title: 'The ServiceAccount the pod runs as, not defined in this file',
  why: 'A pod runs with the identity of its ServiceAccount, and the API server refuses to create a pod whose ServiceAccount does not exist (a Deployment keeps retrying and shows the error in its events). Every namespace has one named default; others are assumed to exist in the cluster when they are not in this file.',
  docsUrl: 'https://kubernetes.io/docs/concepts/security/service-accounts/',
  appliesTo: 'workload',
  check(context, report) {
    reportUndefinedReferences('ServiceAccount', context, report);
  },
});
