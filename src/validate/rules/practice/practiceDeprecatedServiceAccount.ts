import { field, type JsonObject } from '../../../model/jsonValue';
import { setAtPath } from '../../../model/valueAtPath';
import { defineRule } from '../../rule';
import { editObjectFix, removeFieldFix, removePruning } from '../../support/fixes/fieldFixes';

/** The deprecated spec.serviceAccount alias of serviceAccountName. */
export const practiceDeprecatedServiceAccountRule = defineRule({
  id: 'practice/deprecated-service-account',
  severity: 'info',
  title: 'Use serviceAccountName, not serviceAccount',
  why: 'serviceAccount is an old, deprecated alias of serviceAccountName. Kubernetes uses it only when serviceAccountName is empty, so having both (with different names) is confusing, and tools that read only serviceAccountName miss it.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
  appliesTo: 'workload',
  check(context, report) {
    const deprecated = field(context.podSpec, 'serviceAccount');
    if (typeof deprecated !== 'string' || deprecated === '') return;
    const current = field(context.podSpec, 'serviceAccountName');
    const path = [...context.podSpecPath, 'serviceAccount'];

    if (typeof current === 'string' && current !== '' && current !== deprecated) {
      report({
        path,
        severity: 'warning',
        message: `The pod sets serviceAccount: ${deprecated} but serviceAccountName: ${current}; Kubernetes uses ${current}.`,
        fix: removeFieldFix(context, path, 'Remove the ignored serviceAccount field', context.podSpecPath),
      });
      return;
    }
    report({
      path,
      message: `The pod names its service account with the deprecated serviceAccount field; write serviceAccountName: ${deprecated}.`,
      fix: editObjectFix(
        context,
        context.podSpecPath,
        (object) =>
          removePruning(
            setAtPath(object, [...context.podSpecPath, 'serviceAccountName'], deprecated) as JsonObject,
            path,
            context.podSpecPath.length,
          ),
        'Rename serviceAccount to serviceAccountName',
      ),
    });
  },
});
