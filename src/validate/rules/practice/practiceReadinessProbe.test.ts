import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceReadinessProbeRule } from './practiceReadinessProbe';

const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: migrate, image: migrate:1.0, ports: [{containerPort: 9000}]}
      - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{name: proxy, containerPort: 15001}]}
      - {name: logs, image: fluent-bit:3.0, restartPolicy: Always}
      containers:
      - {name: web, image: nginx:1.27, ports: [{containerPort: 80}]}
      - {name: worker, image: worker:1.0}
      - {name: ready, image: nginx:1.27, ports: [{containerPort: 81}], readinessProbe: {tcpSocket: {port: 81}}}
`;

describe('practice/readiness-probe', () => {
  it('reports app containers and native sidecars with ports, not plain init containers or port-less sidecars', () => {
    expect(findingKeys(deployment, practiceReadinessProbeRule)).toEqual([
      'practice/readiness-probe @ spec.template.spec.initContainers[1].readinessProbe',
      'practice/readiness-probe @ spec.template.spec.containers[0].readinessProbe',
    ]);
  });

  it('adds a TCP probe on the first port, by name when it has one', () => {
    const manifest = manifestFromYaml(deployment);
    const [sidecar] = validateManifest(manifest, [practiceReadinessProbeRule]);
    const fixed = sidecar!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'initContainers', 1, 'readinessProbe'])).toEqual({
      tcpSocket: { port: 'proxy' },
      periodSeconds: 10,
    });
  });

  it('gives no probe advice to Jobs, CronJobs or run-once Pods', () => {
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 15001}]}]
      containers: [{name: task, image: task:1.0, ports: [{containerPort: 8080}]}]
`;
    const runOnce = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: OnFailure
  containers: [{name: task, image: task:1.0, ports: [{containerPort: 8080}]}]
`;
    expect(findingKeys(job, practiceReadinessProbeRule)).toEqual([]);
    expect(findingKeys(job.replace('kind: Job', 'kind: CronJob'), practiceReadinessProbeRule)).toEqual([]);
    expect(findingKeys(runOnce, practiceReadinessProbeRule)).toEqual([]);
  });
});
