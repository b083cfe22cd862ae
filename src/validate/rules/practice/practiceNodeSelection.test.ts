import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceNodeSelectionRule } from './practiceNodeSelection';

describe('practice/node-selection', () => {
  const windows = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  containers: [{name: a, image: mcr.microsoft.com/windows/servercore/iis:2022}]
`;

  it('reports a Windows pod that does not select Windows nodes, and adds the node selector', () => {
    expect(findingKeys(windows, practiceNodeSelectionRule)).toEqual(['practice/node-selection @ spec.os.name']);
    const manifest = manifestFromYaml(windows);
    const fixed = validateManifest(manifest, [practiceNodeSelectionRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'nodeSelector'])).toEqual({ 'kubernetes.io/os': 'windows' });
  });

  it('informs that nodeName bypasses the scheduler', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  nodeName: worker-1
  containers: [{name: a, image: a:1}]
`;
    expect(findingKeys(yaml, practiceNodeSelectionRule)).toEqual(['practice/node-selection @ spec.nodeName']);
    expect(findingsOf(yaml, practiceNodeSelectionRule)[0]!.severity).toBe('info');
  });

  it('does not ask every pod for node affinity', () => {
    const plain = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: a:1}]
`;
    const affinity = windows.replace(
      'os: {name: windows}',
      'os: {name: windows}\n  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/os, operator: In, values: [windows]}]}]}}}',
    );
    expect(findingKeys(plain, practiceNodeSelectionRule)).toEqual([]);
    expect(findingKeys(affinity, practiceNodeSelectionRule)).toEqual([]);
  });
});
