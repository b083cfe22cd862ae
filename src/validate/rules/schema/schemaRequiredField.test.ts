import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { schemaRequiredFieldRule } from './schemaRequiredField';

describe('schema/required-field', () => {
  it('reports a missing field at its path, and a required field left null', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template: null
---
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - name: http
`;
    expect(findingKeys(yaml, schemaRequiredFieldRule)).toEqual([
      'schema/required-field @ spec.template',
      'schema/required-field @ spec.selector',
      'schema/required-field @ spec.containers[0].ports[0].containerPort',
    ]);
    expect(findingsOf(yaml, schemaRequiredFieldRule)[2]?.message).toBe(
      'Missing required field "containerPort" in a container port (Number of port to expose on the pod\'s IP address).',
    );
  });

  it('reports a document without apiVersion and kind', () => {
    expect(findingKeys('metadata: {name: lost}\n', schemaRequiredFieldRule)).toEqual([
      'schema/required-field @ apiVersion',
      'schema/required-field @ kind',
    ]);
  });

  it('fixes a missing apiVersion of a known kind by putting it first', () => {
    const yaml = 'kind: ConfigMap\nmetadata: {name: settings}\n';
    const [finding] = findingsOf(yaml, schemaRequiredFieldRule);
    expect(finding?.message).toBe('Missing apiVersion: a ConfigMap is apiVersion v1.');
    const fixed = finding!.fix!.apply(manifestFromYaml(yaml));
    expect(Object.entries(fixed[0]!)).toEqual([
      ['apiVersion', 'v1'],
      ['kind', 'ConfigMap'],
      ['metadata', { name: 'settings' }],
    ]);
  });
});
