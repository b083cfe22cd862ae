import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Built-in kinds under an apiVersion that does not serve them (extensions/v1beta1 Deployments ...). */
export const schemaApiVersionRule = defineRule({
  id: 'schema/api-version',
  severity: 'error',
  title: 'Kinds use the apiVersion that serves them',
  why: 'Every kind is served under one API group and version (a Deployment is apps/v1, a CronJob batch/v1). Beta versions are removed from the API server some releases after the stable one arrives, and a manifest that still names one is rejected.',
  docsUrl: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
  appliesTo: 'any',
  check(context, report) {
    // With a target version, schema/target-version-api decides for the kinds whose serving changed.
    if (context.kubernetesTarget?.table.kinds[`${context.apiVersion}/${context.kind}`]) return;
    reportSchemaProblems('api-version', context, report);
  },
});
