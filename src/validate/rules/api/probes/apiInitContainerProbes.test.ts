import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiInitContainerProbesRule } from './apiInitContainerProbes';

describe('api/init-container-probes', () => {
  it('reports probes and lifecycle hooks on a plain init container, with a fix that removes them', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: migrate
    image: migrate:1.0
    lifecycle: {preStop: {exec: {command: [echo]}}}
    livenessProbe: {exec: {command: [true]}}
    startupProbe: {exec: {command: [true]}}
  containers:
  - {name: app, image: nginx:1.27}
`;
    const findings = findingsOf(yaml, apiInitContainerProbesRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/init-container-probes Forbidden @ spec.initContainers[0].lifecycle',
      'api/init-container-probes Forbidden @ spec.initContainers[0].livenessProbe',
      'api/init-container-probes Forbidden @ spec.initContainers[0].startupProbe',
    ]);
    expect(findings[1]!.fix?.label).toBe('Remove the probe from the init container');
    const fixed = findings[1]!.fix!.apply(manifestFromYaml(yaml));
    expect(Object.keys((fixed[0] as { spec: { initContainers: object[] } }).spec.initContainers[0]!)).toEqual([
      'name',
      'image',
      'lifecycle',
      'startupProbe',
    ]);
  });

  it('accepts probes and hooks on native sidecars and app containers', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - {name: proxy, image: envoy:1.31, restartPolicy: Always, readinessProbe: {tcpSocket: {port: 9901}}, lifecycle: {preStop: {sleep: {seconds: 5}}}}
      containers:
      - {name: app, image: app:1.0, livenessProbe: {exec: {command: [true]}}}
`;
    expect(findingsOf(yaml, apiInitContainerProbesRule)).toEqual([]);
  });
});
