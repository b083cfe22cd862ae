import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiImagePullSecretsRule } from './apiImagePullSecrets';

const pod = (secrets: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  imagePullSecrets: ${secrets}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiImagePullSecretsRule).map((f) => `${f.severity} ${formatDataPath(f.path)}`);

describe('api/image-pull-secrets', () => {
  it('warns about a repeated or empty name', () => {
    expect(summary(pod('[{name: regcred}, {name: regcred}, {}]'))).toEqual([
      'warning spec.imagePullSecrets[1].name',
      'warning spec.imagePullSecrets[2].name',
    ]);
  });

  it('accepts distinct names', () => {
    expect(summary(pod('[{name: regcred}, {name: mirror}]'))).toEqual([]);
  });
});
