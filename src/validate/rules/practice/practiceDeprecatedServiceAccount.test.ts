import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceDeprecatedServiceAccountRule } from './practiceDeprecatedServiceAccount';

describe('practice/deprecated-service-account', () => {
  it('renames serviceAccount to serviceAccountName', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  serviceAccount: builder
  containers: [{name: a, image: a:1}]
`;
    expect(findingKeys(yaml, practiceDeprecatedServiceAccountRule)).toEqual([
      'practice/deprecated-service-account @ spec.serviceAccount',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceDeprecatedServiceAccountRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec'])).toEqual({
      containers: [{ name: 'a', image: 'a:1' }],
      serviceAccountName: 'builder',
    });
  });

  it('warns when both fields name different accounts', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  serviceAccount: old
  serviceAccountName: new
  containers: [{name: a, image: a:1}]
`;
    expect(findingsOf(yaml, practiceDeprecatedServiceAccountRule).map((f) => f.severity)).toEqual(['warning']);
  });

  it('accepts serviceAccountName alone', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  serviceAccountName: builder
  containers: [{name: a, image: a:1}]
`;
    expect(findingKeys(yaml, practiceDeprecatedServiceAccountRule)).toEqual([]);
  });
});
