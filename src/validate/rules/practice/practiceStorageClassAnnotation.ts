import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { setAtPath, updateAtPath } from '../../../model/valueAtPath';
import { defineRule } from '../../rule';
import { editObjectFix } from '../../support/fixes/fieldFixes';

const DEPRECATED = 'volume.beta.kubernetes.io/storage-class';

/** The claims of an object: a PersistentVolumeClaim itself, or a StatefulSet's claim templates. */
function claimsOf(object: JsonObject, kind: string | undefined): { claim: JsonObject; path: DataPath }[] {
  if (kind === 'PersistentVolumeClaim') return [{ claim: object, path: [] }];
  if (kind !== 'StatefulSet') return [];
  const templates = field(field(object, 'spec'), 'volumeClaimTemplates');
  if (!isJsonArray(templates)) return [];
  return templates.flatMap((claim, index) =>
    isJsonObject(claim) ? [{ claim, path: ['spec', 'volumeClaimTemplates', index] }] : [],
  );
}

/** A claim that picks its storage class with the beta annotation instead of spec.storageClassName. */
export const practiceStorageClassAnnotationRule = defineRule({
  id: 'practice/storage-class-annotation',
  severity: 'warning',
  title: 'Claims name their storage class in spec.storageClassName',
  why: 'The volume.beta.kubernetes.io/storage-class annotation is the beta spelling from before Kubernetes 1.6. It is deprecated: storage provisioners and tools read spec.storageClassName, and when both are set and differ the claim cannot bind.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1',
  appliesTo: 'any',
  check(context, report) {
    for (const { claim, path } of claimsOf(context.object, context.kind)) {
      const annotations = field(field(claim, 'metadata'), 'annotations');
      const value = field(annotations, DEPRECATED);
      if (value === undefined) continue;
      const storageClassName = field(field(claim, 'spec'), 'storageClassName');
      const annotationsPath = [...path, 'metadata', 'annotations'];
      const conflicting = typeof storageClassName === 'string' && storageClassName !== value;
      report({
        path: [...annotationsPath, DEPRECATED],
        message: conflicting
          ? `The claim's deprecated ${DEPRECATED} annotation says "${String(value)}" but spec.storageClassName says "${storageClassName}": remove the annotation.`
          : `The claim picks its storage class with the deprecated ${DEPRECATED} annotation; set spec.storageClassName instead.`,
        fix: editObjectFix(
          context,
          [...annotationsPath, DEPRECATED],
          (object) => {
            const rest = { ...(annotations as JsonObject) };
            delete rest[DEPRECATED];
            let next = (
              Object.keys(rest).length > 0
                ? setAtPath(object, annotationsPath, rest)
                : updateAtPath(object, annotationsPath, () => undefined)
            ) as JsonObject;
            if (storageClassName === undefined && typeof value === 'string')
              next = setAtPath(next, [...path, 'spec', 'storageClassName'], value) as JsonObject;
            return next;
          },
          storageClassName === undefined ? 'Move it to spec.storageClassName' : 'Remove the annotation',
        ),
      });
    }
  },
});
