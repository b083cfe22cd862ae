import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEnvValueFromRule } from './apiEnvValueFrom';

const pod = (envLines: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${envLines.map((line) => `    - ${line}`).join('\n')}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvValueFromRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/env-value-from', () => {
  it('reports an empty valueFrom, a value beside valueFrom, and two sources', () => {
    const yaml = pod([
      '{name: A, valueFrom: {}}',
      '{name: B, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}',
      '{name: C, valueFrom: {fieldRef: {fieldPath: metadata.name}, secretKeyRef: {name: s, key: k}}}',
    ]);
    expect(summary(yaml)).toEqual([
      'Invalid spec.containers[0].env[0].valueFrom',
      'Invalid spec.containers[0].env[1].valueFrom',
      'Invalid spec.containers[0].env[2].valueFrom',
    ]);
  });

  it('accepts one source, an empty value beside it, and fileKeyRef (EnvFiles, on since 1.35)', () => {
    const yaml = pod([
      '{name: A, value: "", valueFrom: {configMapKeyRef: {name: c, key: k}}}',
      '{name: B, valueFrom: {fileKeyRef: {volumeName: env, path: vars.env, key: B}}}',
      '{name: C, value: plain}',
    ]);
    expect(summary(yaml)).toEqual([]);
  });
});
