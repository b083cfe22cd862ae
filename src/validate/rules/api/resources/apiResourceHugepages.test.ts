import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiResourceHugepagesRule } from './apiResourceHugepages';

describe('api/resource-hugepages', () => {
  it('reports huge pages without cpu or memory, at resources', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: app, image: dpdk:1.0, resources: {limits: {hugepages-2Mi: 100Mi}}}
`;
    expect(
      findingsOf(yaml, apiResourceHugepagesRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`),
    ).toEqual(['api/resource-hugepages Forbidden @ spec.containers[0].resources']);
  });

  it('accepts huge pages together with memory (in either list)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: app, image: dpdk:1.0, resources: {limits: {hugepages-2Mi: 100Mi}, requests: {memory: 1Gi}}}
  - {name: web, image: nginx:1.27, resources: {limits: {memory: 1Gi}}}
`;
    expect(findingsOf(yaml, apiResourceHugepagesRule)).toEqual([]);
  });
});
