import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { getAtPath } from '../../../model/valueAtPath';
import { referenceServiceTargetPortRule } from './referenceServiceTargetPort';

const yaml = (targetPort: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: ${targetPort}}]
`;

describe('reference/service-target-port', () => {
  it('reports a named targetPort the selected pods do not declare, with a fix to their one port', () => {
    expect(findingKeys(yaml('web-http'), referenceServiceTargetPortRule)).toEqual([
      'reference/service-target-port @ spec.ports[0].targetPort',
    ]);
    const [finding] = findingsOf(yaml('web-http'), referenceServiceTargetPortRule);
    const fixed = finding?.fix?.apply(manifestFromYaml(yaml('web-http')));
    expect(getAtPath(fixed as never, [1, 'spec', 'ports', 0, 'targetPort'])).toBe('http');
  });

  it('accepts a declared name and any number', () => {
    expect(findingKeys(yaml('http'), referenceServiceTargetPortRule)).toEqual([]);
    expect(findingKeys(yaml('9090'), referenceServiceTargetPortRule)).toEqual([]);
  });
});
