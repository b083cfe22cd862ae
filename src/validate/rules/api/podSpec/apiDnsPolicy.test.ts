import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiDnsPolicyRule } from './apiDnsPolicy';

const pod = (policy: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  dnsPolicy: ${policy}\n  containers: [{name: a, image: nginx}]\n`;

describe('api/dns-policy', () => {
  it('reports an unsupported policy, with a case fix', () => {
    const [finding] = findingsOf(pod('clusterFirst'), apiDnsPolicyRule);
    expect(`${finding?.errorType} ${formatDataPath(finding!.path)}`).toBe('NotSupported spec.dnsPolicy');
    expect(finding?.fix?.label).toBe('Set dnsPolicy to ClusterFirst');
  });

  it('accepts the four policies', () => {
    for (const policy of ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'])
      expect(findingsOf(pod(policy), apiDnsPolicyRule)).toEqual([]);
  });
});
