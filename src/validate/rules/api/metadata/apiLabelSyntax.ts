import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedObject } from '../../../support/decoding/decodedValue';
import { labelMapReports } from '../../../support/labels/labelMapReports';
import { metadataScopes } from '../../../support/metadata/metadataScopes';

/**
 * Label keys are qualified names and values are label values, on the object
 * and on its pod template. The server reports them at `metadata.labels`, without the key.
 */
export const apiLabelSyntaxRule = defineRule({
  id: 'api/label-syntax',
  severity: 'error',
  title: 'Label keys and values use the label syntax',
  why: 'Labels are what selectors (Services, Deployments, kubectl -l) match on, so Kubernetes keeps them short and simple: keys like app.kubernetes.io/name, values of at most 63 letters, digits, "-", "_" and ".".',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  appliesTo: 'any',
  mirrors: ['metaV1.ValidateLabels'],
  check(context, report) {
    for (const scope of metadataScopes(context)) {
      const labels = decodedObject(field(scope.metadata, 'labels'));
      if (!labels) continue;
      for (const finding of labelMapReports(labels, [...scope.path, 'labels'], 'Label')) report(finding);
    }
  },
});
