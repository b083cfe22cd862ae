import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiServiceAccountNameRule } from './apiServiceAccountName';

const pod = (lines: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${lines}\n  containers: [{name: a, image: nginx}]\n`;

describe('api/service-account-name', () => {
  it('reports a name that is not a subdomain, also through the deprecated serviceAccount field', () => {
    const [direct] = findingsOf(pod('  serviceAccountName: Build_Bot'), apiServiceAccountNameRule);
    expect(`${direct?.errorType} ${formatDataPath(direct!.path)}`).toBe('Invalid spec.serviceAccountName');
    const [alias] = findingsOf(pod('  serviceAccount: Build_Bot'), apiServiceAccountNameRule);
    expect(`${alias?.errorType} ${formatDataPath(alias!.path)}`).toBe('Invalid spec.serviceAccountName');
    expect(alias?.markerPath).toEqual(['spec', 'serviceAccount']);
  });

  it('accepts valid names, and a deprecated alias hidden by serviceAccountName', () => {
    expect(findingsOf(pod('  serviceAccountName: build-bot'), apiServiceAccountNameRule)).toEqual([]);
    expect(
      findingsOf(pod('  serviceAccountName: build-bot\n  serviceAccount: Ignored_'), apiServiceAccountNameRule),
    ).toEqual([]);
  });
});
