import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiReadinessGatesRule } from './apiReadinessGates';

const pod = (gates: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  readinessGates: ${gates}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiReadinessGatesRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/readiness-gates', () => {
  it('reports condition types that are not qualified names', () => {
    expect(summary(pod('[{conditionType: "lb ready"}, {}]'))).toEqual([
      'Invalid spec.readinessGates[0].conditionType',
      'Invalid spec.readinessGates[1].conditionType',
    ]);
  });

  it('accepts qualified condition types', () => {
    expect(summary(pod('[{conditionType: www.example.com/feature-1}, {conditionType: Ready2}]'))).toEqual([]);
  });
});
