import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedObject } from '../../../support/decoding/decodedValue';
import { metadataScopes } from '../../../support/metadata/metadataScopes';

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
const encoder = new TextEncoder();
const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-8 size, as Go's len(); plain ASCII needs no encoding. */
function byteLength(text: string): number {
  return NON_ASCII.test(text) ? encoder.encode(text).length : text.length;
}

/**
 * Annotation keys are qualified names (case does not matter), and all keys
 * and values together take at most 256 KiB. Both reported at `metadata.annotations`.
 */
export const apiAnnotationSyntaxRule = defineRule({
  id: 'api/annotation-syntax',
  severity: 'error',
  title: 'Annotation keys are qualified names, 256 KiB in total',
  why: 'Annotations hold extra data for tools; their keys follow the same prefix/name form as labels (like example.com/owner), and Kubernetes caps their total size so objects stay small enough to store and watch.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
  appliesTo: 'any',
  mirrors: ['objectMeta.ValidateAnnotations'],
  check(context, report) {
    for (const scope of metadataScopes(context)) {
      const annotations = decodedObject(field(scope.metadata, 'annotations'));
      if (!annotations) continue;
      const path = [...scope.path, 'annotations'];
      let totalBytes = 0;
      for (const key of Object.keys(annotations)) {
        const problems = qualifiedNameProblems(key.toLowerCase());
        if (problems.length > 0) {
          report({
            path,
            markerPath: [...path, key],
            errorType: 'Invalid',
            message: `Annotation key "${key}" is not valid: ${problems.join('; ')}.`,
          });
        }
        const value = annotations[key];
        totalBytes += byteLength(key) + (typeof value === 'string' ? byteLength(value) : 0);
      }
      if (totalBytes > TOTAL_ANNOTATION_SIZE_LIMIT) {
        report({
          path,
          errorType: 'TooLong',
          message: `These annotations take ${totalBytes} bytes; all keys and values together may take at most ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes (256 KiB).`,
        });
      }
    }
  },
});
