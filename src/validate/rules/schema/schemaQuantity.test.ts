import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { schemaQuantityRule } from './schemaQuantity';

const withMemory = (memory: string) => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      limits: {memory: ${memory}}
`;

describe('schema/quantity', () => {
  it.each(['1', '0.5', '"500m"', '1e3', '"1e3"', '128Mi', '1Gi', '"+1"', '.5', '2E6', '100k'])(
    'accepts %s',
    (quantity) => {
      expect(findingKeys(withMemory(quantity), schemaQuantityRule)).toEqual([]);
    },
  );

  it.each([
    ['lots', 'write a number with an optional unit, such as 500m, 0.5, 128Mi or 1Gi.'],
    ['512MB', '"MB" is not a unit Kubernetes knows: write 512M (megabytes) or 512Mi (mebibytes).'],
    ['1gi', 'units are case-sensitive: write 1Gi.'],
    ['"1 Gi"', 'remove the space: write 1Gi.'],
    [
      '5mm',
      '"mm" is not a unit: use m (thousandths, for CPU), k, M, G, T (powers of 1000) or Ki, Mi, Gi, Ti (powers of 1024).',
    ],
  ])('reports %s and explains the units', (quantity, hint) => {
    const findings = findingsOf(withMemory(quantity), schemaQuantityRule);
    expect(findings.map((finding) => finding.path)).toEqual([
      ['spec', 'containers', 0, 'resources', 'limits', 'memory'],
    ]);
    expect(findings[0]?.message).toBe(`"${quantity.replaceAll('"', '')}" is not a valid quantity for memory: ${hint}`);
  });

  it('checks quantities outside container resources too', () => {
    const yaml = `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 10GB}}
`;
    expect(findingKeys(yaml, schemaQuantityRule)).toEqual(['schema/quantity @ spec.resources.requests[storage]']);
  });
});
