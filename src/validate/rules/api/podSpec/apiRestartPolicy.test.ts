import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiRestartPolicyRule } from './apiRestartPolicy';

const pod = (policy: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: ${policy}\n  containers: [{name: a, image: nginx}]\n`;
const deployment = (policy: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      restartPolicy: ${policy}\n      containers: [{name: a, image: nginx}]\n`;

describe('api/restart-policy', () => {
  it('reports an unsupported policy, fixing a wrong case, or the only value a controller allows', () => {
    const [pod1] = findingsOf(pod('onfailure'), apiRestartPolicyRule);
    expect(`${pod1?.errorType} ${formatDataPath(pod1!.path)}`).toBe('NotSupported spec.restartPolicy');
    expect(pod1?.fix?.label).toBe('Set restartPolicy to OnFailure');
    expect(findingsOf(pod('Sometimes'), apiRestartPolicyRule)[0]?.fix).toBeUndefined();
    const [template] = findingsOf(deployment('Forever'), apiRestartPolicyRule);
    expect(`${template?.errorType} ${formatDataPath(template!.path)}`).toBe(
      'NotSupported spec.template.spec.restartPolicy',
    );
    expect(template?.fix?.label).toBe('Set restartPolicy to Always');
  });

  it('accepts the three policies and an empty one (defaulted to Always)', () => {
    for (const policy of ['Always', 'OnFailure', 'Never', '""'])
      expect(findingsOf(pod(policy), apiRestartPolicyRule)).toEqual([]);
  });
});
