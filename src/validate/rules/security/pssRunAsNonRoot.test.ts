import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssRunAsNonRootRule } from './pssRunAsNonRoot';

describe('pss/run-as-non-root', () => {
  it('accepts a pod-level runAsNonRoot: true that containers inherit (no per-container requirement)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true}
  initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
  containers: [{name: a, image: nginx:1.27}]
`;
    expect(findingKeys(yaml, pssRunAsNonRootRule)).toEqual([]);
  });

  it('reports containers that set false even when the pod sets true', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true}
  containers: [{name: a, image: nginx:1.27, securityContext: {runAsNonRoot: false}}]
`;
    expect(findingKeys(yaml, pssRunAsNonRootRule)).toEqual([
      'pss/run-as-non-root @ spec.containers[0].securityContext.runAsNonRoot',
    ]);
  });

  it('reports once at pod level when containers have nothing to inherit, and fixes it there', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: nginx:1.27, securityContext: {runAsNonRoot: true}}
  - {name: b, image: nginx:1.27}
  - {name: c, image: nginx:1.27}
`;
    expect(findingKeys(yaml, pssRunAsNonRootRule)).toEqual(['pss/run-as-non-root @ spec.securityContext.runAsNonRoot']);
    const manifest = manifestFromYaml(yaml);
    const finding = validateManifest(manifest, [pssRunAsNonRootRule])[0]!;
    expect(finding.message).toContain('container "b", container "c"');
    const fixed = finding.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'securityContext'])).toEqual({ runAsNonRoot: true });
    expect(validateManifest(fixed, [pssRunAsNonRootRule])).toEqual([]);
  });

  it('reports a pod-level false even when every container sets true', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: false}
  containers: [{name: a, image: nginx:1.27, securityContext: {runAsNonRoot: true}}]
`;
    expect(findingKeys(yaml, pssRunAsNonRootRule)).toEqual(['pss/run-as-non-root @ spec.securityContext.runAsNonRoot']);
  });
});
