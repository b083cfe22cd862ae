import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiHostAliasesRule } from './apiHostAliases';

const pod = (aliases: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostAliases: ${aliases}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiHostAliasesRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/host-aliases', () => {
  it('reports a bad IP, a bad hostname, and warns about a repeated IP', () => {
    expect(
      summary(
        pod(
          '[{ip: 10.0.0.300, hostnames: [foo.local]}, {ip: 127.0.0.1, hostnames: [Foo_Bar]}, {ip: 127.0.0.1, hostnames: [b]}]',
        ),
      ),
    ).toEqual([
      'Invalid spec.hostAliases[0].ip',
      'Invalid spec.hostAliases[1].hostnames[0]',
      'warning spec.hostAliases[2].ip',
    ]);
  });

  it('accepts IPv4 and IPv6 addresses with DNS hostnames', () => {
    expect(
      summary(pod('[{ip: 127.0.0.1, hostnames: [foo.local, bar.local]}, {ip: "::1", hostnames: [ip6-localhost]}]')),
    ).toEqual([]);
  });
});
