import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceImageReferenceRule } from './practiceImageReference';

describe('practice/image-reference', () => {
  it('reports references the runtime cannot pull, as errors', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers: [{name: setup, image: "Busybox:1.36"}]
  containers:
  - {name: a, image: "nginx:1.27"}
  - {name: b, image: "registry.example.com/team/app:"}
`;
    expect(findingKeys(yaml, practiceImageReferenceRule)).toEqual([
      'practice/image-reference @ spec.initContainers[0].image',
      'practice/image-reference @ spec.containers[1].image',
    ]);
    expect(findingsOf(yaml, practiceImageReferenceRule).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('leaves empty and space-padded images to the API server rules', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: ""}
  - {name: b, image: " nginx:1.27"}
  - {name: c, image: "registry:5000/app@sha256:${'a'.repeat(64)}"}
`;
    expect(findingKeys(yaml, practiceImageReferenceRule)).toEqual([]);
  });
});
