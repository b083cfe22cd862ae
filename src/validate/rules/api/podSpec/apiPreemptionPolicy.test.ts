import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPreemptionPolicyRule } from './apiPreemptionPolicy';

const pod = (policy: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  preemptionPolicy: ${policy}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiPreemptionPolicyRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/preemption-policy', () => {
  it('reports an empty (Required) or unknown (NotSupported) policy', () => {
    expect(summary(pod('""'))).toEqual(['Required spec.preemptionPolicy']);
    expect(summary(pod('never'))).toEqual(['NotSupported spec.preemptionPolicy']);
    expect(findingsOf(pod('never'), apiPreemptionPolicyRule)[0]?.fix?.label).toBe('Set preemptionPolicy to Never');
  });

  it('accepts both policies and an unset field', () => {
    expect(summary(pod('Never'))).toEqual([]);
    expect(summary(pod('PreemptLowerPriority'))).toEqual([]);
    expect(summary(pod('null'))).toEqual([]);
  });
});
