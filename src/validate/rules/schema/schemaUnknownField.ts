import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Fields the Kubernetes API does not have (typos, fields put at the wrong level). */
export const schemaUnknownFieldRule = defineRule({
  id: 'schema/unknown-field',
  severity: 'error',
  title: 'Every field exists in the Kubernetes API',
  why: 'kubectl asks the API server for strict field validation, so a field it does not know, usually a typo or a field at the wrong level, makes it reject the whole object instead of quietly ignoring your setting.',
  docsUrl: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  appliesTo: 'any',
  check(context, report) {
    reportSchemaProblems('unknown-field', context, report);
  },
});
