import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssHostNamespacesRule } from './pssHostNamespaces';

describe('pss/host-namespaces', () => {
  const yaml = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      hostPID: true
      hostIPC: true
      containers:
      - {name: agent, image: agent:1.0}
`;

  it('reports each shared host namespace at its field', () => {
    expect(findingKeys(yaml, pssHostNamespacesRule)).toEqual([
      'pss/host-namespaces @ spec.template.spec.hostNetwork',
      'pss/host-namespaces @ spec.template.spec.hostPID',
      'pss/host-namespaces @ spec.template.spec.hostIPC',
    ]);
  });

  it('offers to remove the field', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssHostNamespacesRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'hostNetwork'])).toBeUndefined();
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'hostPID'])).toBe(true);
  });

  it('accepts false and unset, and native sidecars do not matter here', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: false
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always}
  containers:
  - {name: web, image: nginx:1.27}
`;
    expect(findingKeys(accepted, pssHostNamespacesRule)).toEqual([]);
  });
});
