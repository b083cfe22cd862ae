import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssCapabilitiesRestrictedRule } from './pssCapabilitiesRestricted';

describe('pss/capabilities-restricted', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always}
  containers:
  - {name: a, image: nginx:1.27, securityContext: {capabilities: {drop: [NET_RAW]}}}
  - {name: b, image: nginx:1.27, securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE, CHOWN, SYS_ADMIN]}}}
`;

  it('requires drop ALL everywhere and reports default-set capabilities added back', () => {
    expect(findingKeys(yaml, pssCapabilitiesRestrictedRule)).toEqual([
      'pss/capabilities-restricted @ spec.initContainers[0].securityContext.capabilities.drop',
      'pss/capabilities-restricted @ spec.containers[0].securityContext.capabilities.drop',
      'pss/capabilities-restricted @ spec.containers[1].securityContext.capabilities.add[1]',
    ]);
  });

  it('adds ALL to the drop list, keeping what was there', () => {
    const manifest = manifestFromYaml(yaml);
    const findings = validateManifest(manifest, [pssCapabilitiesRestrictedRule]);
    expect(getAtPath(findings[0]!.fix!.apply(manifest)[0]!, ['spec', 'initContainers', 0, 'securityContext'])).toEqual({
      capabilities: { drop: ['ALL'] },
    });
    expect(
      getAtPath(findings[1]!.fix!.apply(manifest)[0]!, [
        'spec',
        'containers',
        0,
        'securityContext',
        'capabilities',
        'drop',
      ]),
    ).toEqual(['ALL', 'NET_RAW']);
  });

  it('accepts drop ALL with NET_BIND_SERVICE, and exempts Windows pods', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: nginx:1.27, securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}}]
`;
    const windows = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  containers: [{name: a, image: mcr.microsoft.com/windows/nanoserver:ltsc2022}]
`;
    expect(findingKeys(accepted, pssCapabilitiesRestrictedRule)).toEqual([]);
    expect(findingKeys(windows, pssCapabilitiesRestrictedRule)).toEqual([]);
  });
});
