import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { validateManifest } from '../../../validateManifest';
import { apiEnvDuplicateNameRule } from './apiEnvDuplicateName';

const pod = (env: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${env.map((line) => `    - ${line}`).join('\n')}\n  - {name: other, image: nginx, env: [{name: A, value: "1"}]}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiEnvDuplicateNameRule).map((f) => `${f.severity} ${formatDataPath(f.path)}`);

describe('api/env-duplicate-name', () => {
  it('warns when a later definition hides an earlier one', () => {
    expect(summary(pod(['{name: A, value: "1"}', '{name: A, value: "2"}']))).toEqual([
      'warning spec.containers[0].env[1]',
    ]);
  });

  it('accepts a definition that extends the earlier one, and the same name in another container', () => {
    expect(
      summary(pod(['{name: PATH, value: /bin}', '{name: PATH, value: "$(PATH):/opt/bin"}', '{name: A, value: "1"}'])),
    ).toEqual([]);
  });
});

describe('api/env-duplicate-name fix', () => {
  it('removes the hidden earlier definition, unless something between refers to it', () => {
    const yaml = pod(['{name: A, value: "1"}', '{name: B, value: "x"}', '{name: A, value: "2"}']);
    const manifest = manifestFromYaml(yaml);
    const [finding] = validateManifest(manifest, [apiEnvDuplicateNameRule]);
    expect(finding?.fix?.label).toBe('Remove the hidden definition env[0]');
    expect(getAtPath(finding!.fix!.apply(manifest)[0]!, ['spec', 'containers', 0, 'env'])).toEqual([
      { name: 'B', value: 'x' },
      { name: 'A', value: '2' },
    ]);
    const referenced = findingsOf(
      pod(['{name: A, value: "1"}', '{name: B, value: "$(A)/x"}', '{name: A, value: "2"}']),
      apiEnvDuplicateNameRule,
    );
    expect(referenced.map((f) => formatDataPath(f.path))).toEqual(['spec.containers[0].env[2]']);
    expect(referenced[0]?.fix).toBeUndefined();
  });
});
