import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceEphemeralStorageRule } from './practiceEphemeralStorage';

describe('practice/ephemeral-storage', () => {
  it('suggests sizing disk for containers that already size CPU or memory', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: setup, image: busybox:1.36, resources: {requests: {cpu: 100m}}}
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, resources: {requests: {cpu: 100m}}}
  containers:
  - {name: a, image: nginx:1.27, resources: {limits: {memory: 64Mi}}}
  - {name: b, image: nginx:1.27}
  - {name: c, image: nginx:1.27, resources: {limits: {memory: 64Mi, ephemeral-storage: 1Gi}}}
  - {name: d, image: nginx:1.27, resources: {requests: {memory: 64Mi, ephemeral-storage: 1Gi}}}
`;
    expect(findingKeys(yaml, practiceEphemeralStorageRule)).toEqual([
      'practice/ephemeral-storage @ spec.initContainers[1].resources',
      'practice/ephemeral-storage @ spec.containers[0].resources',
      'practice/ephemeral-storage @ spec.containers[3].resources',
    ]);
  });
});
