import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEnvFromRule } from './apiEnvFrom';

const pod = (entries: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    envFrom:\n${entries.map((entry) => `    - ${entry}`).join('\n')}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvFromRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/env-from', () => {
  it('reports entries without or with both sources at envFrom (no index), bad names and prefixes', () => {
    const yaml = pod([
      '{prefix: APP_}',
      '{configMapRef: {name: a}, secretRef: {name: b}}',
      '{configMapRef: {}}',
      '{secretRef: {name: Bad_Name}}',
      '{prefix: "A=", configMapRef: {name: c}}',
      '{prefix: my-, configMapRef: {name: c}}',
    ]);
    expect(summary(yaml)).toEqual([
      'Invalid spec.containers[0].envFrom',
      'Invalid spec.containers[0].envFrom',
      'Required spec.containers[0].envFrom[2].configMapRef.name',
      'Invalid spec.containers[0].envFrom[3].secretRef.name',
      'Invalid spec.containers[0].envFrom[4].prefix',
      'info spec.containers[0].envFrom[5].prefix',
    ]);
    expect(findingsOf(yaml, apiEnvFromRule)[0]!.markerPath).toEqual(['spec', 'containers', 0, 'envFrom', 0]);
  });

  it('accepts one source per entry, and a name ending in "-" (checked as a prefix, like the server)', () => {
    expect(
      summary(pod(['{configMapRef: {name: app-config}, prefix: CFG_}', '{secretRef: {name: creds-, optional: true}}'])),
    ).toEqual([]);
  });
});
