import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiActiveDeadlineSecondsRule } from './apiActiveDeadlineSeconds';

const pod = (seconds: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  activeDeadlineSeconds: ${seconds}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiActiveDeadlineSecondsRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/active-deadline-seconds', () => {
  it('reports 0, negative and too large deadlines', () => {
    for (const seconds of ['0', '-10', '2147483648'])
      expect(summary(pod(seconds))).toEqual(['Invalid spec.activeDeadlineSeconds']);
  });

  it('accepts 1 to 2147483647 and an unset deadline, and leaves strings to the schema rules', () => {
    for (const seconds of ['1', '3600', '2147483647', 'null', '"60"']) expect(summary(pod(seconds))).toEqual([]);
  });
});
