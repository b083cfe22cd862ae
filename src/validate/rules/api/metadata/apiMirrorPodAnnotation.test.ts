import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiMirrorPodAnnotationRule } from './apiMirrorPodAnnotation';

const pod = (nodeName: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {kubernetes.io/config.mirror: abc}\nspec:\n  ${nodeName}\n  containers: [{name: a, image: nginx}]\n`;

describe('api/mirror-pod-annotation', () => {
  it('reports the mirror annotation without spec.nodeName', () => {
    const findings = findingsOf(pod('hostname: h'), apiMirrorPodAnnotationRule);
    expect(findings.map((f) => `${f.errorType} ${formatDataPath(f.path)}`)).toEqual([
      'Invalid metadata.annotations[kubernetes.io/config.mirror]',
    ]);
  });

  it('accepts it with a node name', () => {
    expect(findingsOf(pod('nodeName: node-1'), apiMirrorPodAnnotationRule)).toEqual([]);
  });
});
