import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiOsSpecificFieldsRule } from './apiOsSpecificFields';

const summary = (yaml: string) =>
  findingsOf(yaml, apiOsSpecificFieldsRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/os-specific-fields', () => {
  it('reports windowsOptions on a Linux pod', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: linux}
  securityContext: {windowsOptions: {runAsUserName: admin}}
  containers: [{name: a, image: nginx, securityContext: {windowsOptions: {runAsUserName: admin}}}]
`;
    expect(summary(yaml)).toEqual([
      'Forbidden spec.securityContext.windowsOptions',
      'Forbidden spec.containers[0].securityContext.windowsOptions',
    ]);
  });

  it('reports Linux-only settings on a Windows pod, at their own paths', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  hostPID: true
  shareProcessNamespace: false
  securityContext: {runAsUser: 1000, supplementalGroups: [], sysctls: [{name: a.b, value: "1"}]}
  initContainers: [{name: i, image: busybox, securityContext: {privileged: false}}]
  containers: [{name: a, image: nginx, securityContext: {capabilities: {drop: [ALL]}}}]
`;
    expect(summary(yaml)).toEqual([
      'Forbidden spec.securityContext.runAsUser',
      'Forbidden spec.securityContext.supplementalGroups',
      'Forbidden spec.securityContext.sysctls',
      'Forbidden spec.hostPID',
      'Forbidden spec.shareProcessNamespace',
      'Forbidden spec.initContainers[0].securityContext.privileged',
      'Forbidden spec.containers[0].securityContext.capabilities',
    ]);
  });

  it('accepts Windows options on Windows, and anything without spec.os', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  hostPID: false
  securityContext: {windowsOptions: {runAsUserName: ContainerUser}}
  containers: [{name: a, image: iis, securityContext: {windowsOptions: {hostProcess: false}}}]
`;
    expect(summary(yaml)).toEqual([]);
    expect(
      summary(
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 1, windowsOptions: {}}\n  containers: [{name: a, image: b}]\n',
      ),
    ).toEqual([]);
  });
});
