import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceDnsNdotsRule } from './practiceDnsNdots';

describe('practice/dns-ndots', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  dnsConfig: {nameservers: []}
  containers:
  - name: web
    image: app:1.0
    env:
    - {name: DB_URL, value: "postgres://db.prod.svc.cluster.local:5432/app"}
    - {name: PAYMENTS_URL, value: "https://api.stripe.com/v1"}
`;

  it('reports the first public host a pod calls, once per pod', () => {
    expect(findingKeys(yaml, practiceDnsNdotsRule)).toEqual(['practice/dns-ndots @ spec.containers[0].env[1].value']);
  });

  it('adds the ndots option to the existing dnsConfig', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceDnsNdotsRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'dnsConfig'])).toEqual({
      nameservers: [],
      options: [{ name: 'ndots', value: '2' }],
    });
    expect(validateManifest(fixed, [practiceDnsNdotsRule])).toEqual([]);
  });

  it('accepts cluster names, hostNetwork pods and Default DNS', () => {
    const cluster = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: a:1, args: ["--upstream=http://backend.team:8080", "--db=redis://cache.team.svc:6379"]}]
`;
    const external = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  dnsPolicy: Default
  containers: [{name: a, image: a:1, args: ["--api=https://api.github.com"]}]
`;
    expect(findingKeys(cluster, practiceDnsNdotsRule)).toEqual([]);
    expect(findingKeys(external, practiceDnsNdotsRule)).toEqual([]);
  });
});
