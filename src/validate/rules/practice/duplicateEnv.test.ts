import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { duplicateEnvRule } from './duplicateEnv';

describe('practice/duplicate-env', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: setup
    image: busybox:1.36
    env: [{name: MODE, value: a}, {name: MODE, value: b}]
  containers:
  - name: web
    image: nginx:1.27
    env:
    - {name: HOST, value: a}
    - {name: URL, value: "http://$(HOST)"}
    - {name: HOST, value: b}
  - name: other
    image: nginx:1.27
    env: [{name: MODE, value: a}]
`;

  it('reports the later definition, per container', () => {
    expect(findingKeys(yaml, duplicateEnvRule)).toEqual([
      'practice/duplicate-env @ spec.initContainers[0].env[1].name',
      'practice/duplicate-env @ spec.containers[0].env[2].name',
    ]);
  });

  it('removes the ignored first definition, unless something between refers to it', () => {
    const manifest = manifestFromYaml(yaml);
    const [first] = validateManifest(manifest, [duplicateEnvRule]);
    expect(getAtPath(first!.fix!.apply(manifest)[0]!, ['spec', 'initContainers', 0, 'env'])).toEqual([{ name: 'MODE', value: 'b' }]);
    expect(findingsOf(yaml, duplicateEnvRule)[1]!.fix).toBeUndefined();
  });
});
