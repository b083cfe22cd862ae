import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodHostnameRule } from './apiPodHostname';

const pod = (lines: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${lines}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiPodHostnameRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/pod-hostname', () => {
  it('reports a hostname or subdomain that is not a DNS label', () => {
    const yaml = pod('  hostname: Web\n  subdomain: my.service');
    expect(summary(yaml)).toEqual(['Invalid spec.hostname', 'Invalid spec.subdomain']);
    expect(findingsOf(yaml, apiPodHostnameRule)[0]?.fix?.label).toBe('Set hostname to "web"');
  });

  it('accepts DNS labels', () => {
    expect(summary(pod('  hostname: web-0\n  subdomain: web'))).toEqual([]);
  });
});
