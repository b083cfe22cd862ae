import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedList } from '../../../support/decoding/decodedValue';
import { SUBDOMAIN_NAMED_KINDS } from '../../../support/metadata/metadataScopes';

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/**
 * Finalizers are qualified names (reported at `metadata.finalizers`, without
 * the index); built-in kinds also reject an unprefixed name that is not a standard finalizer
 * (reported with the index), and orphan together with foregroundDeletion.
 */
export const apiFinalizerNameRule = defineRule({
  id: 'api/finalizer-name',
  severity: 'error',
  title: 'Finalizers are domain-qualified names',
  why: "A finalizer is a note that some controller must clean up before the object goes away; it carries that controller's domain (example.com/cleanup) so two controllers never mistake each other's notes.",
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/',
  appliesTo: 'any',
  mirrors: ['objectMeta.ValidateFinalizers'],
  check(context, report) {
    if (context.kind === undefined) return;
    const finalizers = decodedList(field(field(context.object, 'metadata'), 'finalizers'));
    if (!finalizers) return;
    const path = ['metadata', 'finalizers'];
    const builtIn = SUBDOMAIN_NAMED_KINDS.has(context.kind) || context.kind === 'Service';
    finalizers.forEach((finalizer, index) => {
      if (typeof finalizer !== 'string') return;
      const problems = qualifiedNameProblems(finalizer);
      if (problems.length > 0) {
        report({
          path,
          markerPath: [...path, index],
          errorType: 'Invalid',
          message: `Finalizer "${finalizer}" is not a qualified name: ${problems.join('; ')}.`,
        });
      }
      if (builtIn && !finalizer.includes('/') && !STANDARD_FINALIZERS.has(finalizer)) {
        report({
          path: [...path, index],
          errorType: 'Invalid',
          message: `Finalizer "${finalizer}" is neither a standard finalizer (kubernetes, orphan, foregroundDeletion) nor domain-qualified: write it like example.com/${finalizer || 'cleanup'}.`,
        });
      }
    });
    if (finalizers.includes('orphan') && finalizers.includes('foregroundDeletion')) {
      report({
        path,
        errorType: 'Invalid',
        message:
          'Finalizers orphan and foregroundDeletion cannot both be set: they ask for opposite treatment of dependent objects.',
      });
    }
  },
});
