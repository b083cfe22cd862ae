import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodDeletionCostRule } from './apiPodDeletionCost';

const pod = (cost: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {controller.kubernetes.io/pod-deletion-cost: ${cost}}\nspec:\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiPodDeletionCostRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/pod-deletion-cost', () => {
  it('reports values that are not plain 32-bit integers', () => {
    for (const cost of ['"+10"', '"007"', '"1.5"', '"3000000000"', '"high"', '""']) {
      expect(summary(pod(cost))).toEqual(['Invalid metadata.annotations[controller.kubernetes.io/pod-deletion-cost]']);
    }
  });

  it('accepts plain integers, negative ones included', () => {
    for (const cost of ['"0"', '"100"', '"-5"', '"2147483647"']) expect(summary(pod(cost))).toEqual([]);
  });
});
