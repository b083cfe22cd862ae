import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiWindowsOptionsRule } from './apiWindowsOptions';

const typed = (yaml: string) =>
  findingsOf(yaml, apiWindowsOptionsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/windows-options', () => {
  it('reports a bad credential spec name, an empty spec and malformed user names', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {windowsOptions: {gmsaCredentialSpecName: Web_Spec, gmsaCredentialSpec: ""}}
  containers:
  - {name: a, image: app:1.0, securityContext: {windowsOptions: {runAsUserName: 'a\\b\\c'}}}
  - {name: b, image: app:1.0, securityContext: {windowsOptions: {runAsUserName: 'CORP\\us:er'}}}
`;
    expect(typed(yaml)).toEqual([
      'api/windows-options Invalid @ spec.securityContext.windowsOptions.gmsaCredentialSpecName',
      'api/windows-options Invalid @ spec.securityContext.windowsOptions.gmsaCredentialSpec',
      'api/windows-options Invalid @ spec.containers[0].securityContext.windowsOptions.runAsUserName',
      'api/windows-options Invalid @ spec.containers[1].securityContext.windowsOptions.runAsUserName',
    ]);
  });

  it('accepts well-formed Windows options', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {windowsOptions: {gmsaCredentialSpecName: webapp-spec, runAsUserName: "NT AUTHORITY\\\\NETWORK SERVICE"}}
  containers:
  - {name: a, image: app:1.0, securityContext: {windowsOptions: {runAsUserName: ContainerUser}}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
