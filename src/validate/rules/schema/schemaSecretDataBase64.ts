import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Plain text under a Secret's data, which must be base64. */
export const schemaSecretDataBase64Rule = defineRule({
  id: 'schema/secret-data-base64',
  severity: 'error',
  title: "A Secret's data values are base64",
  why: "Values under a Secret's data are bytes written in base64 (base64 is an encoding, not encryption), and the API server rejects text it cannot decode. Plain text goes under stringData, which the API server encodes for you.",
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret',
  appliesTo: 'any',
  check(context, report) {
    reportSchemaProblems('secret-data-base64', context, report);
  },
});
