import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiHostNetworkPortRule } from './apiHostNetworkPort';

const pod = (hostNetwork: boolean, ports: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: ${hostNetwork}\n  containers:\n  - {name: web, image: nginx, ports: ${ports}}\n  initContainers:\n  - {name: init, image: busybox, ports: [{containerPort: 80, hostPort: 81}]}\n`;

describe('api/host-network-port', () => {
  it('reports an app container hostPort that differs from containerPort, with a fix', () => {
    const yaml = pod(true, '[{containerPort: 80, hostPort: 8080}]');
    const [finding] = findingsOf(yaml, apiHostNetworkPortRule);
    expect(`${finding?.errorType} ${formatDataPath(finding!.path)}`).toBe(
      'Invalid spec.containers[0].ports[0].hostPort',
    );
    expect(
      getAtPath(finding!.fix!.apply(manifestFromYaml(yaml))[0]!, ['spec', 'containers', 0, 'ports', 0, 'hostPort']),
    ).toBe(80);
  });

  it('accepts matching or unset host ports, and anything without hostNetwork', () => {
    expect(
      findingsOf(pod(true, '[{containerPort: 80, hostPort: 80}, {containerPort: 81}]'), apiHostNetworkPortRule),
    ).toEqual([]);
    expect(findingsOf(pod(false, '[{containerPort: 80, hostPort: 8080}]'), apiHostNetworkPortRule)).toEqual([]);
  });
});
