import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceMemoryRequestBelowLimitRule } from './practiceMemoryRequestBelowLimit';

describe('practice/memory-request-below-limit', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, resources: {requests: {memory: 32Mi}, limits: {memory: 64Mi}}}
  containers:
  - {name: a, image: nginx:1.27, resources: {requests: {memory: 1Gi, cpu: 100m}, limits: {memory: 1024Mi, cpu: "1"}}}
  - {name: b, image: nginx:1.27, resources: {limits: {memory: 128Mi}}}
`;

  it('reports a memory request below the limit (numerically), not a CPU difference', () => {
    expect(findingKeys(yaml, practiceMemoryRequestBelowLimitRule)).toEqual([
      'practice/memory-request-below-limit @ spec.initContainers[0].resources.requests[memory]',
    ]);
  });

  it('raises the request to the limit', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceMemoryRequestBelowLimitRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'initContainers', 0, 'resources', 'requests', 'memory'])).toBe('64Mi');
  });
});
