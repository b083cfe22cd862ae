import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { schemaUnknownFieldRule } from './schemaUnknownField';

const pod = (containerLines: string) => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
${containerLines}
`;

describe('schema/unknown-field', () => {
  it('suggests the closest field for a typo, at the path of the unknown key', () => {
    const yaml = pod('    imagePullPolcy: Always');
    expect(findingKeys(yaml, schemaUnknownFieldRule)).toEqual([
      'schema/unknown-field @ spec.containers[0].imagePullPolcy',
    ]);
    expect(findingsOf(yaml, schemaUnknownFieldRule)[0]?.message).toBe(
      'Unknown field "imagePullPolcy" — did you mean "imagePullPolicy"?',
    );
  });

  it('offers a fix that renames the key in place', () => {
    const yaml = pod('    imagePullPolcy: Always\n    ports: [{containerPort: 80}]');
    const fix = findingsOf(yaml, schemaUnknownFieldRule)[0]?.fix;
    expect(fix?.label).toBe('Rename to imagePullPolicy');
    const fixed = fix!.apply(manifestFromYaml(yaml));
    expect(Object.keys(getAtPath(fixed[0]!, ['spec', 'containers', 0]) as object)).toEqual([
      'name',
      'image',
      'imagePullPolicy',
      'ports',
    ]);
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'imagePullPolicy'])).toBe('Always');
  });

  it.each([
    ['readinessprobe', 'readinessProbe'],
    ['env_from', 'envFrom'],
    ['volumeMount', 'volumeMounts'],
    ['livenesProbe', 'livenessProbe'],
  ])('recognises %s as %s', (typo, field) => {
    const message = findingsOf(pod(`    ${typo}: null`), schemaUnknownFieldRule)[0]?.message;
    expect(message).toContain(`did you mean "${field}"?`);
  });

  it('says where a misplaced field belongs, without a rename fix', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        imagePullSecrets: [{name: registry}]
`;
    const [finding] = findingsOf(yaml, schemaUnknownFieldRule);
    expect(finding?.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'imagePullSecrets']);
    expect(finding?.message).toBe(
      'Unknown field "imagePullSecrets" in a container: it is a field of the pod spec (spec.template.spec).',
    );
    expect(finding?.fix).toBeUndefined();
  });

  it('does not offer a rename onto a field that is already set', () => {
    const [finding] = findingsOf(pod('    imagePullPolicy: Always\n    imagePullPolcy: Never'), schemaUnknownFieldRule);
    expect(finding?.fix).toBeUndefined();
  });

  it('checks the items of a List, and skips custom resources', () => {
    const yaml = `
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: settings}
  dta: {a: b}
- apiVersion: example.com/v1
  kind: Widget
  metadata: {name: w}
  anything: {goes: here}
---
apiVersion: serving.knative.dev/v1
kind: Service
metadata: {name: knative}
spec: {template: {spec: {containerConcurrency: 1}}}
`;
    const findings = findingsOf(yaml, schemaUnknownFieldRule);
    expect(findings.map((finding) => [finding.objectRef, finding.path])).toEqual([
      [{ documentIndex: 0, itemIndex: 0 }, ['dta']],
    ]);
    expect(findings[0]?.message).toBe('Unknown field "dta" — did you mean "data"?');
  });

  it('accepts every field of a recent Kubernetes release', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  resources: {limits: {cpu: 2, memory: 1Gi}}
  hostUsers: false
  initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31
    restartPolicy: Always
  containers:
  - name: web
    image: nginx:1.27
    resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]
  volumes:
  - name: model
    image: {reference: quay.io/example/model:v1, pullPolicy: IfNotPresent}
`;
    expect(findingKeys(yaml, schemaUnknownFieldRule)).toEqual([]);
  });
});
