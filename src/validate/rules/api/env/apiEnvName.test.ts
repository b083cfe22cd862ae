import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEnvNameRule } from './apiEnvName';

const pod = (names: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${names.map((name) => `    - {name: ${name}, value: x}`).join('\n')}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvNameRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/env-name', () => {
  it('reports a missing name and names with "=" or non-printable characters', () => {
    expect(summary(pod(['""', 'A=B', '"TAB\\tNAME"', '"CAFÉ"']))).toEqual([
      'Required spec.containers[0].env[0].name',
      'Invalid spec.containers[0].env[1].name',
      'Invalid spec.containers[0].env[2].name',
      'Invalid spec.containers[0].env[3].name',
    ]);
  });

  it('accepts relaxed names (GA in 1.34) but adds an info finding when a shell cannot read them', () => {
    expect(summary(pod(['my-var', 'app.config', '1ST', '"WITH SPACE"']))).toEqual([
      'info spec.containers[0].env[0].name',
      'info spec.containers[0].env[1].name',
      'info spec.containers[0].env[2].name',
      'info spec.containers[0].env[3].name',
    ]);
  });

  it('accepts portable names and leaves non-string names to the schema rules', () => {
    expect(summary(pod(['MY_VAR', '_private', 'lower_case9', '42']))).toEqual([]);
  });
});
