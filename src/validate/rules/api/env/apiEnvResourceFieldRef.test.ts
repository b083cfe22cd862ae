import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEnvResourceFieldRefRule } from './apiEnvResourceFieldRef';
import { checkDivisor } from '../../../support/resources/resourceDivisor';

const pod = (refs: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${refs.map((ref, i) => `    - {name: V${i}, valueFrom: {resourceFieldRef: ${ref}}}`).join('\n')}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvResourceFieldRefRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/env-resource-field-ref', () => {
  it('reports a missing or unknown resource and a divisor the resource does not support', () => {
    const yaml = pod([
      '{containerName: web}',
      '{resource: limits.gpu}',
      '{resource: limits.cpu, divisor: 1Mi}',
      '{resource: requests.memory, divisor: "1024"}',
    ]);
    expect(summary(yaml)).toEqual([
      'Required spec.containers[0].env[0].valueFrom.resourceFieldRef.resource',
      'NotSupported spec.containers[0].env[1].valueFrom.resourceFieldRef.resource',
      'Invalid spec.containers[0].env[2].valueFrom.resourceFieldRef.divisor',
      'Invalid spec.containers[0].env[3].valueFrom.resourceFieldRef.divisor',
    ]);
  });

  it('accepts known resources with canonical divisors', () => {
    const yaml = pod([
      '{resource: limits.memory, divisor: 1Mi}',
      '{resource: requests.cpu, divisor: 1m}',
      '{resource: limits.cpu, divisor: 1000m}',
      '{resource: limits.hugepages-2Mi, divisor: 1Ki}',
      '{resource: requests.ephemeral-storage, divisor: 1}',
    ]);
    expect(summary(yaml)).toEqual([]);
  });

  it('compares divisors in their canonical form, as Quantity.String() writes them', () => {
    expect(checkDivisor('limits.memory', '1024Ki')).toBe('ok');
    expect(checkDivisor('limits.memory', '1000k')).toBe('ok');
    expect(checkDivisor('limits.memory', '1e3')).toEqual({ allowed: expect.any(String) });
    expect(checkDivisor('limits.memory', '2Mi')).toEqual({ allowed: expect.any(String) });
    expect(checkDivisor('limits.cpu', 0.001)).toBe('ok');
    expect(checkDivisor('limits.cpu', '0')).toBe('ok');
  });
});
