import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Values of the wrong type: a quoted number, a string where a list belongs ... */
export const schemaFieldTypeRule = defineRule({
  id: 'schema/field-type',
  severity: 'error',
  title: 'Every value has the type its field expects',
  why: 'Each field holds one type of value: a number, a string, true/false, a list or a mapping. YAML guesses the type from how a value is written (80 is a number, "80" a string, yes a boolean, a line starting with - a list item), and the API server refuses a value of the wrong type while reading the object.',
  docsUrl: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  appliesTo: 'any',
  check(context, report) {
    reportSchemaProblems('field-type', context, report);
  },
});
