import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiResourceRequestsLimitsRule } from './apiResourceRequestsLimits';

describe('api/resource-requests-limits', () => {
  it('reports a request above its limit at resources.requests (no key), marking the key', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: "1.5", memory: 256Mi}
      limits: {cpu: 1000m, memory: 128Mi}
`;
    const findings = findingsOf(yaml, apiResourceRequestsLimitsRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/resource-requests-limits Invalid @ spec.containers[0].resources.requests',
      'api/resource-requests-limits Invalid @ spec.containers[0].resources.requests',
    ]);
    expect(findings.map((f) => f.markerPath)).toEqual([
      ['spec', 'containers', 0, 'resources', 'requests', 'cpu'],
      ['spec', 'containers', 0, 'resources', 'requests', 'memory'],
    ]);
  });

  it('requires requests of devices to equal a limit, with fixes', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: sidecar, image: proxy:1.0, restartPolicy: Always, resources: {requests: {nvidia.com/gpu: 1}}}
      containers:
      - {name: app, image: app:1.0, resources: {requests: {example.com/fpga: 1}, limits: {example.com/fpga: 2}}}
`;
    const findings = findingsOf(yaml, apiResourceRequestsLimitsRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/resource-requests-limits Required @ spec.template.spec.initContainers[0].resources.limits',
      'api/resource-requests-limits Invalid @ spec.template.spec.containers[0].resources.requests',
    ]);
    const fixed = findings[0]!.fix!.apply(manifestFromYaml(yaml));
    expect(
      getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'initContainers', 0, 'resources', 'limits', 'nvidia.com/gpu']),
    ).toBe(1);
    expect(findings[1]!.fix?.label).toBe('Set the request equal to the limit');
  });

  it('compares numerically, and in a Pod defaults a missing request to its limit', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: 1000m, memory: 1Gi}
      limits: {cpu: "1", memory: 1073741824, nvidia.com/gpu: 1, hugepages-2Mi: 2Mi}
`;
    expect(findingsOf(yaml, apiResourceRequestsLimitsRule)).toEqual([]);
  });
});
