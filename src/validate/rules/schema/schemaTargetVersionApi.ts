import { defineRule } from '../../rule';
import { setFieldFix } from '../../support/fixes/fieldFixes';
import { kindIntroduction, kindPresence, versionNeeded } from '../../support/versions/kubernetesTarget';
import { formatKubernetesVersion } from '../../../model/kubernetesVersion';

/**
 * Kinds under an apiVersion the target Kubernetes version does not serve: removed before it
 * (batch/v1beta1 CronJob), or added after it (resource.k8s.io/v1 on 1.33).
 */
export const schemaTargetVersionApiRule = defineRule({
  id: 'schema/target-version-api',
  severity: 'error',
  title: 'The target Kubernetes version serves the apiVersion',
  why: 'Kubernetes serves each kind under API versions that come and go: betas are removed a few releases after the stable version arrives, and new APIs appear in a given release. An API server that does not serve the apiVersion rejects the object ("no matches for kind").',
  docsUrl: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
  appliesTo: 'any',
  check(context, report) {
    const target = context.kubernetesTarget;
    if (!target || !context.apiVersion || !context.kind) return;
    const serving = target.table.kinds[`${context.apiVersion}/${context.kind}`];
    if (!serving || kindPresence(target, serving) !== 'absent') return;
    const what = `${context.apiVersion} ${context.kind}`;
    const version = formatKubernetesVersion(target.minor);
    if (serving.first > target.minor) {
      report({
        path: ['apiVersion'],
        message: `${what} ${versionNeeded(target.table, kindIntroduction(target.table, serving))}; the target is ${version}.`,
      });
      return;
    }
    const replacement = serving.replacement;
    report({
      path: ['apiVersion'],
      message: `${what} is not served by Kubernetes ${version}: it was last served by ${formatKubernetesVersion(serving.last)}${replacement ? `; use ${replacement}, which has the same fields` : ''}.`,
      ...(replacement
        ? { fix: setFieldFix(context, ['apiVersion'], replacement, `Set apiVersion to ${replacement}`) }
        : {}),
    });
  },
});
