import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceResourcesRule } from './practiceResources';

describe('practice/resources', () => {
  const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - {name: setup, image: busybox:1.36}
      - {name: proxy, image: envoy:1.30, restartPolicy: Always}
      containers:
      - {name: none, image: task:1.0}
      - {name: no-limit, image: task:1.0, resources: {requests: {cpu: 100m, memory: 64Mi}}}
      - {name: limits-only, image: task:1.0, resources: {limits: {cpu: 500m, memory: 128Mi}}}
      - {name: no-cpu-limit, image: task:1.0, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}}
`;

  it('says what is missing for app containers and sidecars (Jobs too), not for plain init containers', () => {
    expect(findingKeys(yaml, practiceResourcesRule)).toEqual([
      'practice/resources @ spec.template.spec.initContainers[1].resources',
      'practice/resources @ spec.template.spec.containers[0].resources',
      'practice/resources @ spec.template.spec.containers[1].resources',
      'practice/resources @ spec.template.spec.containers[3].resources',
    ]);
    const findings = findingsOf(yaml, practiceResourcesRule);
    expect(findings[2]!.message).toContain('memory limit or CPU limit');
    expect(findings[3]!.severity).toBe('info');
    expect(findings[3]!.message).toContain('no CPU limit');
  });

  it('sets a missing memory limit to the memory request', () => {
    const manifest = manifestFromYaml(yaml);
    const finding = validateManifest(manifest, [practiceResourcesRule]).find((f) => f.fix)!;
    const fixed = finding.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'containers', 1, 'resources', 'limits'])).toEqual({
      memory: '64Mi',
    });
  });

  it('accepts complete resources, and pod-level resources', () => {
    const yaml2 = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  resources: {requests: {cpu: "1", memory: 1Gi}, limits: {cpu: "2", memory: 1Gi}}
  containers:
  - {name: a, image: nginx:1.27}
  - {name: b, image: nginx:1.27, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {cpu: 200m, memory: 64Mi}}}
`;
    expect(findingKeys(yaml2, practiceResourcesRule)).toEqual([]);
  });
});
