import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssCapabilitiesBaselineRule } from './pssCapabilitiesBaseline';

describe('pss/capabilities-baseline', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, securityContext: {capabilities: {add: [NET_ADMIN]}}}
  containers:
  - name: web
    image: nginx:1.27
    securityContext: {capabilities: {add: [NET_BIND_SERVICE, SYS_ADMIN, CAP_CHOWN, CHOWN]}}
`;

  it('reports each capability outside the default set, in every container list', () => {
    expect(findingKeys(yaml, pssCapabilitiesBaselineRule)).toEqual([
      'pss/capabilities-baseline @ spec.initContainers[0].securityContext.capabilities.add[0]',
      'pss/capabilities-baseline @ spec.containers[0].securityContext.capabilities.add[1]',
      'pss/capabilities-baseline @ spec.containers[0].securityContext.capabilities.add[2]',
    ]);
    expect(findingsOf(yaml, pssCapabilitiesBaselineRule)[2]!.message).toContain('CHOWN instead of CAP_CHOWN');
  });

  it('removes the capability, and the list when it empties', () => {
    const manifest = manifestFromYaml(yaml);
    const [sidecar, sysAdmin] = validateManifest(manifest, [pssCapabilitiesBaselineRule]);
    expect(
      getAtPath(sidecar!.fix!.apply(manifest)[0]!, ['spec', 'initContainers', 0, 'securityContext']),
    ).toBeUndefined();
    expect(
      getAtPath(sysAdmin!.fix!.apply(manifest)[0]!, [
        'spec',
        'containers',
        0,
        'securityContext',
        'capabilities',
        'add',
      ]),
    ).toEqual(['NET_BIND_SERVICE', 'CAP_CHOWN', 'CHOWN']);
  });

  it('accepts the default set and dropped capabilities', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: web, image: nginx:1.27, securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]}}}
`;
    expect(findingKeys(accepted, pssCapabilitiesBaselineRule)).toEqual([]);
  });
});
