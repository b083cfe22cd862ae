import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { envDuplicateNameRule } from './envDuplicateName';

const pod = (env: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: web\n    image: nginx\n    env:\n${env.map((line) => `    - ${line}`).join('\n')}\n  - {name: other, image: nginx, env: [{name: A, value: "1"}]}\n`;
const summary = (yaml: string) => findingsOf(yaml, envDuplicateNameRule).map((f) => `${f.severity} ${formatDataPath(f.path)}`);

describe('api/env-duplicate-name', () => {
  it('warns when a later definition hides an earlier one', () => {
    expect(summary(pod(['{name: A, value: "1"}', '{name: A, value: "2"}']))).toEqual(['warning spec.containers[0].env[1]']);
  });

  it('accepts a definition that extends the earlier one, and the same name in another container', () => {
    expect(summary(pod(['{name: PATH, value: /bin}', '{name: PATH, value: "$(PATH):/opt/bin"}', '{name: A, value: "1"}']))).toEqual([]);
  });
});
