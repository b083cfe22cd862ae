import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiPortProtocolRule } from './apiPortProtocol';

const pod = (protocols: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    ports:\n${protocols.map((protocol, i) => `    - {containerPort: ${80 + i}, protocol: ${protocol}}`).join('\n')}\n`;

describe('api/port-protocol', () => {
  it('reports an unsupported protocol and fixes a lowercase one', () => {
    const yaml = pod(['udp', 'HTTP']);
    const findings = findingsOf(yaml, apiPortProtocolRule);
    expect(findings.map((f) => `${f.errorType} ${formatDataPath(f.path)}`)).toEqual([
      'NotSupported spec.containers[0].ports[0].protocol',
      'NotSupported spec.containers[0].ports[1].protocol',
    ]);
    expect(
      getAtPath(findings[0]!.fix!.apply(manifestFromYaml(yaml))[0]!, ['spec', 'containers', 0, 'ports', 0, 'protocol']),
    ).toBe('UDP');
    expect(findings[1]!.fix).toBeUndefined();
  });

  it('accepts TCP, UDP, SCTP and a missing protocol (defaulted to TCP)', () => {
    expect(findingsOf(pod(['TCP', 'UDP', 'SCTP', 'null']), apiPortProtocolRule)).toEqual([]);
  });
});
