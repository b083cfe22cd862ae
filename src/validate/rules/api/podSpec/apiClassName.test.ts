import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiClassNameRule } from './apiClassName';

const pod = (lines: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${lines}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiClassNameRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/class-name', () => {
  it('reports class names that are not subdomains, including an empty runtimeClassName', () => {
    expect(summary(pod('  priorityClassName: High_Priority\n  runtimeClassName: gVisor'))).toEqual([
      'Invalid spec.priorityClassName',
      'Invalid spec.runtimeClassName',
    ]);
    expect(summary(pod('  runtimeClassName: ""'))).toEqual(['Invalid spec.runtimeClassName']);
  });

  it('accepts valid names, an empty priorityClassName and a null runtimeClassName', () => {
    expect(summary(pod('  priorityClassName: system-node-critical\n  runtimeClassName: gvisor'))).toEqual([]);
    expect(summary(pod('  priorityClassName: ""\n  runtimeClassName: null'))).toEqual([]);
  });
});
