import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { pssHostProcessRule } from './pssHostProcess';

describe('pss/host-process', () => {
  it('reports hostProcess at pod level and on every container list', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: win}
spec:
  os: {name: windows}
  hostNetwork: true
  securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}}
  initContainers:
  - {name: setup, image: mcr.microsoft.com/windows/nanoserver:ltsc2022, securityContext: {windowsOptions: {hostProcess: true}}}
  containers:
  - {name: agent, image: mcr.microsoft.com/windows/nanoserver:ltsc2022, securityContext: {windowsOptions: {hostProcess: true}}}
`;
    expect(findingKeys(yaml, pssHostProcessRule)).toEqual([
      'pss/host-process @ spec.securityContext.windowsOptions.hostProcess',
      'pss/host-process @ spec.initContainers[0].securityContext.windowsOptions.hostProcess',
      'pss/host-process @ spec.containers[0].securityContext.windowsOptions.hostProcess',
    ]);
    expect(findingsOf(yaml, pssHostProcessRule)[0]!.securityControl).toEqual({
      level: 'baseline',
      control: 'HostProcess',
    });
  });

  it('accepts hostProcess: false and ordinary Windows pods', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: win}
spec:
  selector: {matchLabels: {app: win}}
  template:
    metadata: {labels: {app: win}}
    spec:
      os: {name: windows}
      containers:
      - {name: app, image: mcr.microsoft.com/windows/servercore/iis:2022, securityContext: {windowsOptions: {hostProcess: false}}}
`;
    expect(findingKeys(yaml, pssHostProcessRule)).toEqual([]);
  });
});
