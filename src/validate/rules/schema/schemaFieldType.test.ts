import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { schemaFieldTypeRule } from './schemaFieldType';

const pod = (containerLines: string, metadata = '{name: web}') => `
apiVersion: v1
kind: Pod
metadata: ${metadata}
spec:
  containers:
  - name: web
    image: nginx:1.27
${containerLines}
`;

describe('schema/field-type', () => {
  it('reports a quoted port number and fixes it to a number', () => {
    const yaml = pod('    ports:\n    - containerPort: "80"');
    const [finding] = findingsOf(yaml, schemaFieldTypeRule);
    expect(finding?.path).toEqual(['spec', 'containers', 0, 'ports', 0, 'containerPort']);
    expect(finding?.message).toBe('containerPort must be an integer, not the string "80": remove the quotes.');
    const fixed = finding!.fix!.apply(manifestFromYaml(yaml));
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'ports', 0, 'containerPort'])).toBe(80);
  });

  it('asks for quotes where YAML read a number or a boolean instead of a string', () => {
    const yaml = pod(
      '    env:\n    - {name: PORT, value: 8080}\n    - {name: DEBUG, value: yes}',
      '{name: web, labels: {version: 1.10}}',
    );
    expect(findingKeys(yaml, schemaFieldTypeRule)).toEqual([
      'schema/field-type @ metadata.labels[version]',
      'schema/field-type @ spec.containers[0].env[0].value',
      'schema/field-type @ spec.containers[0].env[1].value',
    ]);
    expect(
      findingsOf(yaml, schemaFieldTypeRule).every((finding) => finding.message.includes('put the value in quotes')),
    ).toBe(true);
  });

  it('explains lists written as strings and mappings written without dashes', () => {
    const yaml = pod('    command: "sleep 3600"\n    volumeMounts:\n      name: data\n      mountPath: /data');
    const messages = findingsOf(yaml, schemaFieldTypeRule).map((finding) => finding.message);
    expect(messages).toEqual([
      'command must be a list, not the string "sleep 3600": write each item on its own line starting with "- " (or as [item, item]).',
      'volumeMounts must be a list, not a mapping: start each item with "- ".',
    ]);
  });

  it('reports one finding for a list item of the wrong type, not one per schema keyword', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - nginx:1.27
`;
    expect(findingKeys(yaml, schemaFieldTypeRule)).toEqual(['schema/field-type @ spec.containers[0]']);
  });

  it('accepts an int-or-string port given either way, and null for optional fields', () => {
    const yaml = pod(
      '    livenessProbe: {httpGet: {port: http}}\n    readinessProbe: {tcpSocket: {port: 8080}}\n    args: null',
      '{name: web, creationTimestamp: null}',
    );
    expect(findingKeys(yaml, schemaFieldTypeRule)).toEqual([]);
  });
});
