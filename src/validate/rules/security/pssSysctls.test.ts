import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssSysctlsRule } from './pssSysctls';

describe('pss/sysctls', () => {
  it('reports sysctls outside the safe set and removes them', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext:
    sysctls:
    - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}
    - {name: kernel.msgmax, value: "65536"}
    - {name: net.core.somaxconn, value: "1024"}
  containers: [{name: a, image: nginx:1.27}]
`;
    expect(findingKeys(yaml, pssSysctlsRule)).toEqual([
      'pss/sysctls @ spec.securityContext.sysctls[1].name',
      'pss/sysctls @ spec.securityContext.sysctls[2].name',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssSysctlsRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'securityContext', 'sysctls'])).toHaveLength(2);
  });

  it('accepts the current safe set, including the 1.27, 1.29 and 1.32 additions', () => {
    const names = [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.ip_unprivileged_port_start',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_local_reserved_ports',
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
      'net.ipv4.tcp_rmem',
      'net.ipv4.tcp_wmem',
    ];
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext:
    sysctls:
${names.map((name) => `    - {name: ${name}, value: "1"}`).join('\n')}
  containers: [{name: a, image: nginx:1.27}]
`;
    expect(findingKeys(yaml, pssSysctlsRule)).toEqual([]);
  });
});
