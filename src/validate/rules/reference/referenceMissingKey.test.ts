import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { referenceMissingKeyRule } from './referenceMissingKey';

const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - {name: LEVEL, valueFrom: {configMapKeyRef: {name: settings, key: level}}}
    - {name: COLOR, valueFrom: {configMapKeyRef: {name: settings, key: color}}}
    - {name: BETA, valueFrom: {configMapKeyRef: {name: settings, key: beta, optional: true}}}
    - {name: TOKEN, valueFrom: {secretKeyRef: {name: creds, key: token}}}
  volumes:
  - name: certs
    secret: {secretName: creds, items: [{key: tls.crt, path: tls.crt}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {level: info}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
data: {token: c2VjcmV0}
`;

describe('reference/missing-key', () => {
  it('warns about keys that a ConfigMap or Secret of the file does not have, at the key', () => {
    expect(findingKeys(yaml, referenceMissingKeyRule)).toEqual([
      'reference/missing-key @ spec.containers[0].env[1].valueFrom.configMapKeyRef.key',
      'reference/missing-key @ spec.volumes[0].secret.items[0].key',
    ]);
    expect(findingsOf(yaml, referenceMissingKeyRule)[0]?.message).toBe(
      'ConfigMap "settings" in this file has no key "color".',
    );
  });

  it('adds the key to the object', () => {
    const [color, certificate] = findingsOf(yaml, referenceMissingKeyRule);
    const fixed = certificate!.fix!.apply(color!.fix!.apply(manifestFromYaml(yaml)));
    expect(fixed[1]).toMatchObject({ data: { level: 'info', color: '' } });
    expect(fixed[2]).toMatchObject({ data: { token: 'c2VjcmV0' }, stringData: { 'tls.crt': '' } });
  });
});
