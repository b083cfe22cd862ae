import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEnvKeyRefRule } from './apiEnvKeyRef';

const pod = (sources: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${sources.map((source, i) => `    - {name: V${i}, valueFrom: ${source}}`).join('\n')}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvKeyRefRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/env-key-ref', () => {
  it('reports an empty (Invalid) or malformed name, and a missing or malformed key', () => {
    const yaml = pod([
      '{secretKeyRef: {key: password}}',
      '{configMapKeyRef: {name: App_Config, key: ""}}',
      '{configMapKeyRef: {name: app, key: "my key"}}',
    ]);
    expect(summary(yaml)).toEqual([
      'Invalid spec.containers[0].env[0].valueFrom.secretKeyRef.name',
      'Invalid spec.containers[0].env[1].valueFrom.configMapKeyRef.name',
      'Required spec.containers[0].env[1].valueFrom.configMapKeyRef.key',
      'Invalid spec.containers[0].env[2].valueFrom.configMapKeyRef.key',
    ]);
  });

  it('accepts subdomain names and keys with letters, digits, "-", "_" and "."', () => {
    const yaml = pod([
      '{secretKeyRef: {name: db.credentials, key: DB_PASSWORD}}',
      '{configMapKeyRef: {name: app, key: app.properties, optional: true}}',
    ]);
    expect(summary(yaml)).toEqual([]);
  });
});
