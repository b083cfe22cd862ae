import { defineRule } from '../../rule';
import { reportSchemaProblems } from '../../support/schema/reportSchemaProblems';

/** Fields the schema requires (apiVersion, kind, a port's containerPort, a Deployment's selector ...). */
export const schemaRequiredFieldRule = defineRule({
  id: 'schema/required-field',
  severity: 'error',
  title: 'Required fields are present',
  why: 'Some fields have no default that Kubernetes could fill in (which kind of object this is, which port a container exposes, which pods a Deployment manages), so the API server cannot accept the object without them.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields',
  appliesTo: 'any',
  check(context, report) {
    reportSchemaProblems('required-field', context, report);
  },
});
