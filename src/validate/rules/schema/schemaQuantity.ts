import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Resource amounts (requests, limits, sizeLimit, storage) that are not quantities. */
export const schemaQuantityRule = defineRule({
  id: 'schema/quantity',
  severity: 'error',
  title: 'Resource amounts are quantities',
  why: 'CPU, memory and storage amounts are quantities: a number with an optional unit. CPU counts cores (0.5 and 500m are both half a core); bytes use decimal units (k, M, G = powers of 1000) or binary ones (Ki, Mi, Gi = powers of 1024). Anything else, such as MB or a space before the unit, cannot be read, so the API server rejects the object.',
  docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
  appliesTo: 'any',
  check(context, report) {
    reportSchemaProblems('quantity', context, report);
  },
});
