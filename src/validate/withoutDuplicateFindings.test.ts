import { describe, expect, it } from 'vitest';
import { findingKeys } from '../testing/findingsOf';
import type { Manifest } from '../model/manifest';
import { ALL_RULES } from './allRules';
import type { Finding } from './finding';
import { withoutDuplicateFindings } from './withoutDuplicateFindings';

const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Sometimes
  containers:
  - name: web
    image: nginx:1.27
    imagePullPolicy: always
    ports: [{name: http}]
    volumeMounts: [{name: data}]
  volumes: [{name: data, emptyDir: {}}]
`;

describe('one finding per problem', () => {
  it('keeps the API finding where a schema rule reports the same field', () => {
    const keys = findingKeys(yaml, ALL_RULES).filter((key) => key.startsWith('schema/') || key.startsWith('api/'));
    expect(keys).toEqual([
      'api/image-pull-policy @ spec.containers[0].imagePullPolicy',
      'api/port-number @ spec.containers[0].ports[0].containerPort',
      'api/volume-mount-path @ spec.containers[0].volumeMounts[0].mountPath',
      'api/restart-policy @ spec.restartPolicy',
    ]);
  });

  it('moves the schema fix to the API finding when it has none', () => {
    const place = {
      objectRef: { documentIndex: 0, itemIndex: null },
      path: ['spec', 'restartPolicy'],
      why: '',
      docsUrl: '',
      severity: 'error',
    } as const;
    const fix = { label: 'Change to Never', apply: (manifest: Manifest) => manifest };
    const schema: Finding = { ...place, ruleId: 'schema/unsupported-value', family: 'schema', message: 'schema', fix };
    const api: Finding = { ...place, ruleId: 'api/restart-policy', family: 'api', message: 'api' };
    expect(withoutDuplicateFindings([schema, api])).toEqual([{ ...api, fix }]);
    const elsewhere: Finding = { ...api, path: ['spec', 'dnsPolicy'] };
    expect(withoutDuplicateFindings([schema, elsewhere])).toEqual([schema, elsewhere]);
  });

  it('still reports schema problems that no API rule sees', () => {
    const keys = findingKeys(
      yaml.replace('image: nginx:1.27', 'image: nginx:1.27\n    imagePullPolicyy: Always'),
      ALL_RULES,
    );
    expect(keys).toContain('schema/unknown-field @ spec.containers[0].imagePullPolicyy');
  });
  it('reports a hostPath volume that exposes the node once, at the Pod Security finding', () => {
    const daemonSet = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
      - name: node-exporter
        image: quay.io/prometheus/node-exporter:v1.8.2
        volumeMounts: [{name: sys, mountPath: /host/sys, readOnly: true}]
      volumes: [{name: sys, hostPath: {path: /sys}}]
`;
    const keys = findingKeys(daemonSet, ALL_RULES).filter((key) => key.includes('volumes[0]'));
    expect(keys).toEqual(['pss/host-path-volumes @ spec.template.spec.volumes[0].hostPath']);
  });
});
