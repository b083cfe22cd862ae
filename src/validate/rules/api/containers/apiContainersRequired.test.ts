import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiContainersRequiredRule } from './apiContainersRequired';

const summary = (yaml: string) =>
  findingsOf(yaml, apiContainersRequiredRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/containers-required', () => {
  it('reports an empty list, a pod with only init containers, and a template without a spec', () => {
    expect(summary('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: []\n')).toEqual([
      'Required spec.containers',
    ]);
    expect(
      summary('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: a, image: busybox}]\n'),
    ).toEqual(['Required spec.containers']);
    const deployment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n';
    const [finding] = findingsOf(deployment, apiContainersRequiredRule);
    expect(formatDataPath(finding!.path)).toBe('spec.template.spec.containers');
    expect(finding!.markerPath).toEqual(['spec']);
  });

  it('accepts a pod with a container, and leaves a spec of the wrong type to the schema rules', () => {
    expect(
      summary('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: nginx}]\n'),
    ).toEqual([]);
    expect(summary('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: oops\n')).toEqual([]);
  });
});
