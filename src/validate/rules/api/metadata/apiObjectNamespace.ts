import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123LabelProblems } from '../../../support/nameFormats';
import { decodedString } from '../../../support/decoding/decodedValue';
import { isKnownNamespacedKind } from '../../../support/metadata/metadataScopes';

/** Metadata.namespace, when set, is a DNS-1123 label. */
export const apiObjectNamespaceRule = defineRule({
  id: 'api/object-namespace',
  severity: 'error',
  title: 'metadata.namespace is a DNS label',
  why: 'A namespace name is used in DNS names (service.namespace.svc), so it must be at most 63 lowercase letters, digits and "-", without dots.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
  appliesTo: 'any',
  mirrors: ['objectMeta.ValidateObjectMeta'],
  check(context, report) {
    if (!isKnownNamespacedKind(context.kind)) return;
    const namespace = decodedString(field(field(context.object, 'metadata'), 'namespace'));
    if (!namespace) return;
    const problems = dns1123LabelProblems(namespace);
    if (problems.length > 0) {
      report({
        path: ['metadata', 'namespace'],
        errorType: 'Invalid',
        message: `Namespace "${namespace}" ${problems.join(' and ')}.`,
      });
    }
  },
});
