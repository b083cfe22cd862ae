import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiNodeSelectorRule } from './apiNodeSelector';

const pod = (selector: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  nodeSelector: ${selector}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiNodeSelectorRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/node-selector', () => {
  it('reports bad keys and values at spec.nodeSelector (no key), and warns about deprecated node labels', () => {
    expect(summary(pod('{"disk type": ssd, zone: "a b", beta.kubernetes.io/os: linux}'))).toEqual([
      'Invalid spec.nodeSelector',
      'Invalid spec.nodeSelector',
      'warning spec.nodeSelector[beta.kubernetes.io/os]',
    ]);
  });

  it('accepts node labels', () => {
    expect(summary(pod('{kubernetes.io/os: linux, disktype: ssd}'))).toEqual([]);
  });
});
