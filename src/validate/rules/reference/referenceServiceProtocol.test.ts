import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { referenceServiceProtocolRule } from './referenceServiceProtocol';

const yaml = (servicePort: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: dns}
spec:
  selector: {matchLabels: {app: dns}}
  template:
    metadata: {labels: {app: dns}}
    spec:
      containers: [{name: dns, image: coredns:1.11, ports: [{name: dns, containerPort: 53, protocol: UDP}]}]
---
apiVersion: v1
kind: Service
metadata: {name: dns}
spec:
  selector: {app: dns}
  ports: [${servicePort}]
`;

describe('reference/service-protocol', () => {
  it('reports a Service port left at TCP in front of a UDP container port, with a fix', () => {
    const text = yaml('{port: 53, targetPort: dns}');
    expect(findingKeys(text, referenceServiceProtocolRule)).toEqual(['reference/service-protocol @ spec.ports[0]']);
    const fixed = findingsOf(text, referenceServiceProtocolRule)[0]?.fix?.apply(manifestFromYaml(text));
    expect(getAtPath(fixed as never, [1, 'spec', 'ports', 0, 'protocol'])).toBe('UDP');
  });

  it('points at the protocol field when the Service sets one', () => {
    expect(findingKeys(yaml('{port: 53, protocol: TCP}'), referenceServiceProtocolRule)).toEqual([
      'reference/service-protocol @ spec.ports[0].protocol',
    ]);
  });

  it('stays quiet when the protocols agree or the port reaches no declared container port', () => {
    expect(findingKeys(yaml('{port: 53, protocol: UDP}'), referenceServiceProtocolRule)).toEqual([]);
    expect(findingKeys(yaml('{port: 80}'), referenceServiceProtocolRule)).toEqual([]);
  });
});
