import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiDnsConfigRule } from './apiDnsConfig';

const pod = (lines: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${lines}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiDnsConfigRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/dns-config', () => {
  it('requires a dnsConfig with a nameserver for dnsPolicy None', () => {
    expect(summary(pod('  dnsPolicy: None'))).toEqual(['Required spec.dnsConfig']);
    expect(summary(pod('  dnsPolicy: None\n  dnsConfig: {searches: [a.example]}'))).toEqual([
      'Required spec.dnsConfig.nameservers',
    ]);
  });

  it('reports too many or invalid nameservers, bad search domains and unnamed options', () => {
    const yaml = pod(`  dnsConfig:
    nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, dns.example]
    searches: [Example.com, "bad domain"]
    options: [{value: "2"}]`);
    expect(summary(yaml)).toEqual([
      'Invalid spec.dnsConfig.nameservers',
      'Invalid spec.dnsConfig.nameservers[3]',
      'Invalid spec.dnsConfig.searches[0]',
      'Invalid spec.dnsConfig.searches[1]',
      'Required spec.dnsConfig.options[0]',
    ]);
  });

  it('accepts IPv4 and IPv6 nameservers, relaxed search domains and named options', () => {
    const yaml = pod(`  dnsPolicy: None
  dnsConfig:
    nameservers: [10.96.0.10, "2001:db8::10"]
    searches: [ns1.svc.cluster-domain.example., _srv.example.com, "."]
    options: [{name: ndots, value: "2"}, {name: edns0}]`);
    expect(summary(yaml)).toEqual([]);
  });
});
