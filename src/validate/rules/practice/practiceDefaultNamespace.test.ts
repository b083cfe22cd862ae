import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceDefaultNamespaceRule } from './practiceDefaultNamespace';

describe('practice/default-namespace', () => {
  it('reports an explicit default namespace', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: default}
spec:
  containers: [{name: a, image: a:1}]
`;
    expect(findingKeys(yaml, practiceDefaultNamespaceRule)).toEqual([
      'practice/default-namespace @ metadata.namespace',
    ]);
  });

  it('accepts an omitted or another namespace', () => {
    const omitted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: a:1}]
`;
    expect(findingKeys(omitted, practiceDefaultNamespaceRule)).toEqual([]);
    expect(findingKeys(omitted.replace('name: p}', 'name: p, namespace: shop}'), practiceDefaultNamespaceRule)).toEqual(
      [],
    );
  });
});
