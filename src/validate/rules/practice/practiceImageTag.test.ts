import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceImageTagRule } from './practiceImageTag';

describe('practice/image-tag', () => {
  it('reports :latest and missing tags, including a registry port mistaken for a tag', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - {name: proxy, image: envoy, restartPolicy: Always}
      containers:
      - {name: a, image: "busybox:latest"}
      - {name: b, image: "registry:5000/app"}
      - {name: c, image: "busybox:1.36"}
`;
    expect(findingKeys(yaml, practiceImageTagRule)).toEqual([
      'practice/image-tag @ spec.template.spec.initContainers[0].image',
      'practice/image-tag @ spec.template.spec.containers[0].image',
      'practice/image-tag @ spec.template.spec.containers[1].image',
    ]);
    expect(findingsOf(yaml, practiceImageTagRule)[2]!.message).toContain("registry's port");
  });

  it('accepts version tags and digests', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: "registry:5000/app:2.1"}
  - {name: b, image: "app@sha256:${'0'.repeat(64)}"}
  - {name: c, image: "ghcr.io/org/tool:v1.2.3"}
`;
    expect(findingKeys(yaml, practiceImageTagRule)).toEqual([]);
  });
});
