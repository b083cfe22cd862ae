import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiSysctlsRule } from './apiSysctls';

const typed = (yaml: string) =>
  findingsOf(yaml, apiSysctlsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/sysctls', () => {
  it('reports empty, malformed and repeated names, and namespaced sysctls shared with the node', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  hostIPC: true
  securityContext:
    sysctls:
    - {name: "", value: "1"}
    - {name: Kernel.Foo, value: "1"}
    - {name: kernel.shm_rmid_forced, value: "1"}
    - {name: kernel.shm_rmid_forced, value: "0"}
    - {name: net/ipv4/ip_local_port_range, value: "1024 65535"}
  containers: [{name: app, image: app:1.0}]
`;
    expect(typed(yaml)).toEqual([
      'api/sysctls Required @ spec.securityContext.sysctls[0].name',
      'api/sysctls Invalid @ spec.securityContext.sysctls[1].name',
      'api/sysctls Invalid @ spec.securityContext.sysctls[2].name',
      'api/sysctls Duplicate @ spec.securityContext.sysctls[3].name',
      'api/sysctls Invalid @ spec.securityContext.sysctls[3].name',
      'api/sysctls Invalid @ spec.securityContext.sysctls[4].name',
    ]);
  });

  it("accepts namespaced sysctls in a pod with its own namespaces (safety is the kubelet's call)", () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext:
    sysctls: [{name: net.ipv4.ip_unprivileged_port_start, value: "0"}, {name: kernel.msgmax, value: "65536"}, {name: vm.swappiness, value: "10"}]
  containers: [{name: app, image: app:1.0}]
`;
    expect(typed(yaml)).toEqual([]);
  });
});
