import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiVolumeMountRecursiveReadOnlyRule } from './apiVolumeMountRecursiveReadOnly';

describe('api/volume-mount-recursive-read-only', () => {
  it('reports recursive read-only without readOnly, with propagation, and unknown values', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: a, mountPath: /a, recursiveReadOnly: Enabled}
    - {name: a, mountPath: /b, readOnly: true, recursiveReadOnly: IfPossible, mountPropagation: HostToContainer}
    - {name: a, mountPath: /c, readOnly: true, recursiveReadOnly: Always}
  volumes: [{name: a}]
`;
    const findings = findingsOf(yaml, apiVolumeMountRecursiveReadOnlyRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-mount-recursive-read-only Forbidden @ spec.containers[0].volumeMounts.recursiveReadOnly',
      'api/volume-mount-recursive-read-only Forbidden @ spec.containers[0].volumeMounts.recursiveReadOnly',
      'api/volume-mount-recursive-read-only NotSupported @ spec.containers[0].volumeMounts.recursiveReadOnly',
    ]);
    const fixed = findings[0]!.fix!.apply(manifestFromYaml(yaml));
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'volumeMounts', 0, 'readOnly'])).toBe(true);
  });

  it('accepts recursive read-only on read-only mounts, and Disabled anywhere', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: a, mountPath: /a, readOnly: true, recursiveReadOnly: Enabled, mountPropagation: None}
    - {name: a, mountPath: /b, recursiveReadOnly: Disabled}
  volumes: [{name: a}]
`;
    expect(findingsOf(yaml, apiVolumeMountRecursiveReadOnlyRule)).toEqual([]);
  });
});
