import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodOverheadRule } from './apiPodOverhead';

const pod = (lines: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${lines}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiPodOverheadRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/pod-overhead', () => {
  it('validates overhead like container limits', () => {
    const yaml = pod(
      '  runtimeClassName: kata\n  overhead: {cpu: "-1", gpu: "1", example.com/dev: "0.5", hugepages-2Mi: 3Mi, storage: 1Gi}',
    );
    expect(summary(yaml)).toEqual([
      'Invalid spec.overhead[cpu]',
      'Invalid spec.overhead[gpu]',
      'Invalid spec.overhead[example.com/dev]',
      'Invalid spec.overhead[hugepages-2Mi]',
      'Invalid spec.overhead[storage]',
    ]);
    expect(summary(pod('  runtimeClassName: kata\n  overhead: {hugepages-2Mi: 2Mi}'))).toEqual([
      'Forbidden spec.overhead',
    ]);
  });

  it('warns about fractional bytes, and about overhead without a runtimeClassName', () => {
    expect(summary(pod('  runtimeClassName: kata\n  overhead: {memory: "0.5"}'))).toEqual([
      'warning spec.overhead[memory]',
    ]);
    expect(summary(pod('  overhead: {cpu: 250m}'))).toEqual(['warning spec.overhead']);
  });

  it('accepts a RuntimeClass overhead', () => {
    expect(summary(pod('  runtimeClassName: kata\n  overhead: {cpu: 250m, memory: 120Mi}'))).toEqual([]);
  });
});
