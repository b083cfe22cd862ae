import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiWindowsHostProcessRule } from './apiWindowsHostProcess';

const typed = (yaml: string) =>
  findingsOf(yaml, apiWindowsHostProcessRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/windows-host-process', () => {
  it('reports mixed HostProcess pods without hostNetwork, and disagreeing settings', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {windowsOptions: {hostProcess: true}}
  containers:
  - {name: a, image: app:1.0}
  - {name: b, image: app:1.0, securityContext: {windowsOptions: {hostProcess: false}}}
`;
    expect(typed(yaml)).toEqual([
      'api/windows-host-process Invalid @ spec.containers[1].securityContext.windowsOptions.hostProcess',
      'api/windows-host-process Invalid @ spec',
      'api/windows-host-process Invalid @ spec.hostNetwork',
    ]);
  });

  it('accepts an all-HostProcess pod on the host network, and pods without HostProcess', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}}
  containers:
  - {name: a, image: app:1.0}
  - {name: b, image: app:1.0, securityContext: {windowsOptions: {hostProcess: true}}}
`;
    expect(typed(yaml)).toEqual([]);
    expect(
      typed(yaml.replace(/hostProcess: true/g, 'hostProcess: false').replace('  hostNetwork: true\n', '')),
    ).toEqual([]);
  });
});
