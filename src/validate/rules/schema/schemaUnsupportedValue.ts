import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Values outside a field's fixed set (imagePullPolicy, restartPolicy, protocol ...). */
export const schemaUnsupportedValueRule = defineRule({
  id: 'schema/unsupported-value',
  severity: 'error',
  title: 'Fields with a fixed set of values use one of them',
  why: 'Fields such as imagePullPolicy, restartPolicy or protocol switch Kubernetes between a few behaviours, so they accept only those values, spelled exactly as documented: the comparison is case-sensitive.',
  docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/',
  appliesTo: 'any',
  check(context, report) {
    reportSchemaProblems('unsupported-value', context, report);
  },
});
