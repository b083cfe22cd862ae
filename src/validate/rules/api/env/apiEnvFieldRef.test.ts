import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEnvFieldRefRule } from './apiEnvFieldRef';

const pod = (refs: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${refs.map((ref, i) => `    - {name: V${i}, valueFrom: {fieldRef: ${ref}}}`).join('\n')}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvFieldRefRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/env-field-ref', () => {
  it('reports a missing, unknown, env-unsupported or badly subscripted fieldPath at the server paths', () => {
    const yaml = pod([
      '{}',
      '{fieldPath: metadata.generation}',
      '{fieldPath: metadata.labels}',
      '{fieldPath: status.phase}',
      `{fieldPath: "metadata.labels['Bad Key']"}`,
      `{fieldPath: "spec.nodeName['x']"}`,
      '{apiVersion: v2, fieldPath: metadata.name}',
    ]);
    expect(summary(yaml)).toEqual([
      'Required spec.containers[0].env[0].valueFrom.fieldRef.fieldPath',
      'Invalid spec.containers[0].env[1].valueFrom.fieldRef.fieldPath',
      'NotSupported spec.containers[0].env[2].valueFrom.fieldRef.fieldPath',
      'NotSupported spec.containers[0].env[3].valueFrom.fieldRef.fieldPath',
      'Invalid spec.containers[0].env[4].valueFrom.fieldRef',
      'Invalid spec.containers[0].env[5].valueFrom.fieldRef.fieldPath',
      'Invalid spec.containers[0].env[6].valueFrom.fieldRef.fieldPath',
    ]);
  });

  it('accepts the fields env vars may read, subscripted labels and annotations, and the old spec.host', () => {
    const yaml = pod([
      '{fieldPath: metadata.name}',
      '{fieldPath: status.podIPs, apiVersion: v1}',
      `{fieldPath: "metadata.labels['app.kubernetes.io/name']"}`,
      `{fieldPath: "metadata.annotations['Example.com/Owner']"}`,
      '{fieldPath: spec.host}',
    ]);
    expect(summary(yaml)).toEqual([]);
  });
});
