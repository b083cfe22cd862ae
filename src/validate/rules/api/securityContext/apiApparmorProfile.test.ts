import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiApparmorProfileRule } from './apiApparmorProfile';

const typed = (yaml: string) =>
  findingsOf(yaml, apiApparmorProfileRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/apparmor-profile', () => {
  it('reports missing and unknown types, blank or padded localhost profiles, and misplaced ones', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {appArmorProfile: {localhostProfile: x}}
  containers:
  - {name: a, image: app:1.0, securityContext: {appArmorProfile: {type: runtime/default}}}
  - {name: b, image: app:1.0, securityContext: {appArmorProfile: {type: Localhost, localhostProfile: ""}}}
  - {name: c, image: app:1.0, securityContext: {appArmorProfile: {type: Localhost, localhostProfile: " k8s-deny "}}}
  - {name: d, image: app:1.0, securityContext: {appArmorProfile: {type: Unconfined, localhostProfile: k8s-deny}}}
`;
    expect(typed(yaml)).toEqual([
      'api/apparmor-profile Required @ spec.securityContext.appArmorProfile.type',
      'api/apparmor-profile NotSupported @ spec.containers[0].securityContext.appArmorProfile.type',
      'api/apparmor-profile Required @ spec.containers[1].securityContext.appArmorProfile.localhostProfile',
      'api/apparmor-profile Invalid @ spec.containers[2].securityContext.appArmorProfile.localhostProfile',
      'api/apparmor-profile Invalid @ spec.containers[3].securityContext.appArmorProfile.localhostProfile',
    ]);
  });

  it('accepts known types and named localhost profiles', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {appArmorProfile: {type: RuntimeDefault}}
  containers:
  - {name: a, image: app:1.0, securityContext: {appArmorProfile: {type: Localhost, localhostProfile: k8s-apparmor-example-deny-write}}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
