import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceReadOnlyRootFilesystemRule } from './practiceReadOnlyRootFilesystem';

describe('practice/read-only-root-filesystem', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers: [{name: setup, image: busybox:1.36}]
  containers:
  - {name: a, image: nginx:1.27, securityContext: {readOnlyRootFilesystem: false}}
  - {name: b, image: nginx:1.27, securityContext: {readOnlyRootFilesystem: true}}
`;

  it('suggests it for every container that does not set it', () => {
    expect(findingKeys(yaml, practiceReadOnlyRootFilesystemRule)).toEqual([
      'practice/read-only-root-filesystem @ spec.initContainers[0].securityContext.readOnlyRootFilesystem',
      'practice/read-only-root-filesystem @ spec.containers[0].securityContext.readOnlyRootFilesystem',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceReadOnlyRootFilesystemRule])[1]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'securityContext', 'readOnlyRootFilesystem'])).toBe(true);
  });

  it('skips Windows pods, where the field does not exist', () => {
    const windows = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  containers: [{name: a, image: mcr.microsoft.com/windows/nanoserver:ltsc2022}]
`;
    expect(findingKeys(windows, practiceReadOnlyRootFilesystemRule)).toEqual([]);
  });
});
