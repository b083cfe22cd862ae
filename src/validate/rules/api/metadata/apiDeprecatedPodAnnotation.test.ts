import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiDeprecatedPodAnnotationRule } from './apiDeprecatedPodAnnotation';

const pod = (annotations: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: ${annotations}\nspec:\n  containers: [{name: a, image: nginx}]\n`;

describe('api/deprecated-pod-annotation', () => {
  it('warns about annotations replaced by fields', () => {
    const findings = findingsOf(
      pod('{scheduler.alpha.kubernetes.io/critical-pod: ""}'),
      apiDeprecatedPodAnnotationRule,
    );
    expect(findings.map((f) => `${f.severity} ${formatDataPath(f.path)}`)).toEqual([
      'warning metadata.annotations[scheduler.alpha.kubernetes.io/critical-pod]',
    ]);
  });

  it('ignores other annotations', () => {
    expect(findingsOf(pod('{example.com/owner: me}'), apiDeprecatedPodAnnotationRule)).toEqual([]);
  });
});
