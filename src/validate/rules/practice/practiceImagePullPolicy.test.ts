import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceImagePullPolicyRule } from './practiceImagePullPolicy';

describe('practice/image-pull-policy', () => {
  it('reports Never, and IfNotPresent with a moving tag', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: "app:dev", imagePullPolicy: Never}
  - {name: b, image: "nginx", imagePullPolicy: IfNotPresent}
  - {name: c, image: "nginx:latest", imagePullPolicy: IfNotPresent}
`;
    expect(findingKeys(yaml, practiceImagePullPolicyRule)).toEqual([
      'practice/image-pull-policy @ spec.containers[0].imagePullPolicy',
      'practice/image-pull-policy @ spec.containers[1].imagePullPolicy',
      'practice/image-pull-policy @ spec.containers[2].imagePullPolicy',
    ]);
  });

  it('does not demand Always: IfNotPresent is right for pinned images, and unset is fine', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: "nginx:1.27", imagePullPolicy: IfNotPresent}
  - {name: b, image: "nginx"}
  - {name: c, image: "nginx:latest", imagePullPolicy: Always}
`;
    expect(findingKeys(yaml, practiceImagePullPolicyRule)).toEqual([]);
  });
});
