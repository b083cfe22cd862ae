import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiContainerRestartPolicyRule } from './apiContainerRestartPolicy';

describe('api/container-restart-policy', () => {
  it('reports restartPolicy on an app container and init container values other than Always', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: a, image: busybox:1.36, restartPolicy: always}
  - {name: b, image: busybox:1.36, restartPolicy: OnFailure}
  containers:
  - {name: app, image: nginx:1.27, restartPolicy: Always}
`;
    const findings = findingsOf(yaml, apiContainerRestartPolicyRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/container-restart-policy NotSupported @ spec.initContainers[0].restartPolicy',
      'api/container-restart-policy NotSupported @ spec.initContainers[1].restartPolicy',
      'api/container-restart-policy Forbidden @ spec.containers[0].restartPolicy',
    ]);
    expect(findings.map((f) => f.fix?.label)).toEqual([
      'Set restartPolicy to Always',
      'Remove restartPolicy (a plain init container)',
      'Remove restartPolicy from the container',
    ]);
    const fixed = findings[0]!.fix!.apply(manifestFromYaml(yaml));
    expect(getAtPath(fixed[0]!, ['spec', 'initContainers', 0, 'restartPolicy'])).toBe('Always');
  });

  it('accepts native sidecars and containers without restartPolicy', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  initContainers:
  - {name: proxy, image: envoy:1.31, restartPolicy: Always}
  - {name: migrate, image: migrate:1.0}
  containers:
  - {name: app, image: nginx:1.27}
`;
    expect(findingsOf(yaml, apiContainerRestartPolicyRule)).toEqual([]);
  });
});
