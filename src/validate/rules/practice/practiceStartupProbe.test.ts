import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceStartupProbeRule } from './practiceStartupProbe';

describe('practice/startup-probe', () => {
  const yaml = `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  selector: {matchLabels: {app: db}}
  serviceName: db
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: db
        image: postgres:16
        livenessProbe: {exec: {command: [pg_isready]}, initialDelaySeconds: 120, timeoutSeconds: 5}
      - name: quick
        image: nginx:1.27
        livenessProbe: {httpGet: {path: /, port: 80}, initialDelaySeconds: 10}
      - name: started
        image: app:1.0
        livenessProbe: {httpGet: {path: /, port: 80}, initialDelaySeconds: 300}
        startupProbe: {httpGet: {path: /, port: 80}, failureThreshold: 30}
`;

  it('reports a long liveness delay without a startup probe', () => {
    expect(findingKeys(yaml, practiceStartupProbeRule)).toEqual([
      'practice/startup-probe @ spec.template.spec.containers[0].livenessProbe.initialDelaySeconds',
    ]);
  });

  it('replaces the delay with a startup probe that allows at least as long', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceStartupProbeRule])[0]!.fix!.apply(manifest);
    const container = getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'containers', 0]);
    expect(container).toMatchObject({
      livenessProbe: { exec: { command: ['pg_isready'] }, timeoutSeconds: 5 },
      startupProbe: { exec: { command: ['pg_isready'] }, periodSeconds: 10, failureThreshold: 15, timeoutSeconds: 5 },
    });
    expect(getAtPath(container as never, ['livenessProbe', 'initialDelaySeconds'])).toBeUndefined();
    expect(validateManifest(fixed, [practiceStartupProbeRule])).toEqual([]);
  });

  it('skips Jobs', () => {
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: t, image: t:1, livenessProbe: {tcpSocket: {port: 80}, initialDelaySeconds: 600}}]
`;
    expect(findingKeys(job, practiceStartupProbeRule)).toEqual([]);
  });
});
