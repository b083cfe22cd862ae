import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceRecommendedLabelsRule } from './practiceRecommendedLabels';

describe('practice/recommended-labels', () => {
  const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: shop-web}
spec:
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`;

  it('reports pod labels without app.kubernetes.io/name and adds it from the app label', () => {
    expect(findingKeys(yaml, practiceRecommendedLabelsRule)).toEqual([
      'practice/recommended-labels @ spec.template.metadata.labels',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceRecommendedLabelsRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'metadata', 'labels'])).toEqual({
      app: 'shop',
      'app.kubernetes.io/name': 'shop',
    });
    expect(getAtPath(fixed[0]!, ['spec', 'selector'])).toEqual({ matchLabels: { app: 'shop' } });
  });

  it('accepts pods that have it', () => {
    const labelled = yaml.replace('labels: {app: shop}}', 'labels: {app: shop, app.kubernetes.io/name: shop}}');
    expect(findingKeys(labelled, practiceRecommendedLabelsRule)).toEqual([]);
  });
});
