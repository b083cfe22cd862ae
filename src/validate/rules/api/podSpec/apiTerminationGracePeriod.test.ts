import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiTerminationGracePeriodRule } from './apiTerminationGracePeriod';

const pod = (seconds: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  terminationGracePeriodSeconds: ${seconds}\n  containers: [{name: a, image: nginx}]\n`;

describe('api/termination-grace-period', () => {
  it('warns about a negative grace period and offers the default', () => {
    const [finding] = findingsOf(pod('-1'), apiTerminationGracePeriodRule);
    expect(`${finding?.severity} ${formatDataPath(finding!.path)}`).toBe('warning spec.terminationGracePeriodSeconds');
    expect(finding?.errorType).toBeUndefined();
    expect(finding?.fix).toBeDefined();
  });

  it('accepts 0 and positive values', () => {
    expect(findingsOf(pod('0'), apiTerminationGracePeriodRule)).toEqual([]);
    expect(findingsOf(pod('60'), apiTerminationGracePeriodRule)).toEqual([]);
  });
});
