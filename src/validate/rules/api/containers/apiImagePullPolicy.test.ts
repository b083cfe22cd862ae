import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiImagePullPolicyRule } from './apiImagePullPolicy';

const pod = (policies: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n${policies.map((policy, i) => `  - {name: c${i}, image: nginx, imagePullPolicy: ${policy}}`).join('\n')}\n`;

describe('api/image-pull-policy', () => {
  it('reports unsupported values, fixing only a wrong case', () => {
    const yaml = pod(['always', 'Sometimes']);
    const findings = findingsOf(yaml, apiImagePullPolicyRule);
    expect(findings.map((f) => `${f.errorType} ${formatDataPath(f.path)}`)).toEqual([
      'NotSupported spec.containers[0].imagePullPolicy',
      'NotSupported spec.containers[1].imagePullPolicy',
    ]);
    expect(
      getAtPath(findings[0]!.fix!.apply(manifestFromYaml(yaml))[0]!, ['spec', 'containers', 0, 'imagePullPolicy']),
    ).toBe('Always');
    expect(findings[1]!.fix).toBeUndefined();
  });

  it('accepts the three policies and an empty value (defaulted)', () => {
    expect(findingsOf(pod(['Always', 'IfNotPresent', 'Never', '""', 'null']), apiImagePullPolicyRule)).toEqual([]);
  });
});
