import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiSchedulingGatesRule } from './apiSchedulingGates';

const pod = (gates: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  schedulingGates: ${gates}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiSchedulingGatesRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/scheduling-gates', () => {
  it('reports invalid and repeated names at the gate index (no .name)', () => {
    expect(summary(pod('[{name: "wait for quota"}, {name: example.com/a}, {name: example.com/a}]'))).toEqual([
      'Invalid spec.schedulingGates[0]',
      'Duplicate spec.schedulingGates[2]',
    ]);
  });

  it('accepts distinct qualified names', () => {
    expect(summary(pod('[{name: example.com/quota}, {name: example.com/review}]'))).toEqual([]);
  });
});
