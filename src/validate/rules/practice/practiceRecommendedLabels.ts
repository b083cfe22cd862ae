import { field, isJsonObject } from '../../../model/jsonValue';
import { isLabelValue } from '../../support/nameFormats';
import { defineRule } from '../../rule';
import { containersExceptEphemeral } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** The recommended app.kubernetes.io/name label on the pod. */
export const practiceRecommendedLabelsRule = defineRule({
  id: 'practice/recommended-labels',
  severity: 'info',
  title: 'Pods carry the app.kubernetes.io/name label',
  why: 'The recommended labels (app.kubernetes.io/name, /instance, /version ...) are what kubectl, dashboards and monitoring tools use to group pods by application; with them every tool understands the workload the same way.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/',
  appliesTo: 'workload',
  check(context, report) {
    const labels = field(context.podMetadata, 'labels');
    if (isJsonObject(labels) && field(labels, 'app.kubernetes.io/name') !== undefined) return;
    const candidates = [
      field(labels, 'app'),
      field(field(context.object, 'metadata'), 'name'),
      containersExceptEphemeral(context).find((slot) => slot.role === 'app')?.name,
    ];
    const value = candidates.find(
      (candidate): candidate is string => typeof candidate === 'string' && candidate !== '' && isLabelValue(candidate),
    );
    const labelsPath = [...context.podMetadataPath, 'labels'];
    report({
      path: labelsPath,
      message: 'The pod has no app.kubernetes.io/name label naming the application it belongs to.',
      ...(value
        ? {
            fix: setFieldFix(
              context,
              [...labelsPath, 'app.kubernetes.io/name'],
              value,
              `Add app.kubernetes.io/name: ${value}`,
            ),
          }
        : {}),
    });
  },
});
