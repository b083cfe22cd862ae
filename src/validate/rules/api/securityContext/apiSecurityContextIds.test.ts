import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiSecurityContextIdsRule } from './apiSecurityContextIds';

const typed = (yaml: string) =>
  findingsOf(yaml, apiSecurityContextIdsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/security-context-ids', () => {
  it('reports negative and too large ids in pod and container security contexts', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsUser: -1, fsGroup: 4294967296, supplementalGroups: [1000, -5]}
  initContainers:
  - {name: sidecar, image: proxy:1.0, restartPolicy: Always, securityContext: {runAsGroup: -2}}
  containers:
  - {name: app, image: app:1.0, securityContext: {runAsUser: -1000}}
`;
    expect(typed(yaml)).toEqual([
      'api/security-context-ids Invalid @ spec.securityContext.runAsUser',
      'api/security-context-ids Invalid @ spec.securityContext.fsGroup',
      'api/security-context-ids Invalid @ spec.securityContext.supplementalGroups[1]',
      'api/security-context-ids Invalid @ spec.initContainers[0].securityContext.runAsGroup',
      'api/security-context-ids Invalid @ spec.containers[0].securityContext.runAsUser',
    ]);
  });

  it('accepts root (0), the largest id and ordinary ids', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsUser: 0, runAsGroup: 4294967295, fsGroup: 2000}
  containers:
  - {name: app, image: app:1.0, securityContext: {runAsUser: 1000, runAsNonRoot: true}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
