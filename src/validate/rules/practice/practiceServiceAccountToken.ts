import { field } from '../../../model/jsonValue';
import { listObjects } from '../../../model/workloads';
import { defineRule } from '../../rule';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/**
 * The default service account's API token mounted into the pod. Skipped when the pod names its
 * own service account (it presumably needs the API) or opts out of the token.
 */
export const practiceServiceAccountTokenRule = defineRule({
  id: 'practice/service-account-token',
  severity: 'info',
  title: "Do not mount the default service account's token",
  why: "Every pod gets its service account's token mounted and can call the Kubernetes API with it; most apps never do, and for them the token is only something an attacker can steal. Set automountServiceAccountToken: false, or give pods that need the API their own service account.",
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
  appliesTo: 'workload',
  check(context, report) {
    const automount = field(context.podSpec, 'automountServiceAccountToken');
    if (automount === false) return;
    const named = field(context.podSpec, 'serviceAccountName') ?? field(context.podSpec, 'serviceAccount');
    const account = typeof named === 'string' && named !== '' ? named : 'default';
    if (account !== 'default') return;
    if (automount !== true) {
      // A ServiceAccount "default" in the same manifest may opt out for every pod.
      const defined = listObjects(context.manifest).some(
        ({ object }) =>
          field(object, 'kind') === 'ServiceAccount' &&
          field(field(object, 'metadata'), 'name') === 'default' &&
          field(object, 'automountServiceAccountToken') === false,
      );
      if (defined) return;
    }
    const path = [...context.podSpecPath, 'automountServiceAccountToken'];
    report({
      path,
      message:
        automount === true
          ? "The pod explicitly mounts the default service account's API token."
          : "The pod gets the default service account's API token mounted; set automountServiceAccountToken: false if it never calls the Kubernetes API.",
      fix: setFieldFix(context, path, false, 'Set automountServiceAccountToken: false'),
    });
  },
});
