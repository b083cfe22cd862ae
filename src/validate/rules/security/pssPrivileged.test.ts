import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssPrivilegedRule } from './pssPrivileged';

describe('pss/privileged', () => {
  const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - {name: setup, image: busybox:1.36, securityContext: {privileged: true}}
      - {name: proxy, image: envoy:1.30, restartPolicy: Always, securityContext: {privileged: true}}
      containers:
      - {name: task, image: busybox:1.36, securityContext: {privileged: false}}
`;

  it('reports privileged init containers, sidecars and app containers', () => {
    expect(findingKeys(yaml, pssPrivilegedRule)).toEqual([
      'pss/privileged @ spec.template.spec.initContainers[0].securityContext.privileged',
      'pss/privileged @ spec.template.spec.initContainers[1].securityContext.privileged',
    ]);
  });

  it('removes privileged and the security context it leaves empty', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssPrivilegedRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'initContainers', 0])).toEqual({
      name: 'setup',
      image: 'busybox:1.36',
    });
  });

  it('offers no fix when Bidirectional mount propagation needs privileged', () => {
    const bidirectional = `
apiVersion: v1
kind: Pod
metadata: {name: csi}
spec:
  containers:
  - name: driver
    image: driver:1.0
    securityContext: {privileged: true}
    volumeMounts: [{name: pods, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional}]
  volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods}}]
`;
    expect(findingsOf(bidirectional, pssPrivilegedRule).map((f) => f.fix)).toEqual([undefined]);
  });

  it('checks ephemeral containers too', () => {
    const ephemeral = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: nginx:1.27}]
  ephemeralContainers: [{name: debug, image: busybox:1.36, securityContext: {privileged: true}}]
`;
    expect(findingKeys(ephemeral, pssPrivilegedRule)).toEqual([
      'pss/privileged @ spec.ephemeralContainers[0].securityContext.privileged',
    ]);
  });
});
