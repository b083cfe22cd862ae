import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from './fixtures/workloadBuilders';
import { manifestAsKubernetesList } from './kubernetesList';

describe('manifestAsKubernetesList', () => {
  const pod = makePod({ containers: [makeContainer('web')] });
  const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'site' }, data: { a: '1' } };

  it('wraps every document in a v1 List, in file order', () => {
    expect(manifestAsKubernetesList([pod, configMap])).toEqual({
      apiVersion: 'v1',
      kind: 'List',
      items: [pod, configMap],
    });
  });

  it('splices in the items of List documents and drops empty documents', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [configMap, 'not an object'] };
    expect(manifestAsKubernetesList([null, pod, list as never]).items).toEqual([pod, configMap]);
  });

  it('gives an empty List for an empty file', () => {
    expect(manifestAsKubernetesList([])).toEqual({ apiVersion: 'v1', kind: 'List', items: [] });
  });
});
