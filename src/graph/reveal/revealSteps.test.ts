import { describe, expect, it } from 'vitest';
import { POD_TEMPLATES } from '../../catalog/templates';
import type { JsonObject } from '../../model/jsonValue';
import { listWorkloads } from '../../model/workloads';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { revealSteps } from './revealSteps';

function firstWorkload(yaml: string): JsonObject {
  return listWorkloads(manifestFromYaml(yaml))[0]!.object;
}

const POD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 3
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      initContainers:
      - name: shipper
        image: fluent/fluent-bit:3.2
        restartPolicy: Always
      - name: migrate
        image: migrate:2
      - name: seed
        image: seed:1
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 8080
        readinessProbe:
          httpGet: {path: /ready, port: 8080}
          periodSeconds: 5
      volumes:
      - name: cache
        emptyDir: {}
`;

describe('revealSteps', () => {
  it('walk a design as a presenter explains it: pod, init containers and sidecars as they start, app containers, volumes, probes', () => {
    const steps = revealSteps(firstWorkload(POD));
    expect(steps.map((step) => step.entity)).toEqual([
      'pod',
      'container:shipper',
      'container:migrate',
      'container:seed',
      'container:web',
      'volume:cache',
      'probe:web:readinessProbe',
    ]);
    expect(steps[0]!.sentence).toContain('keeps 3 copies of this pod running');
    expect(steps[1]!.sentence).toContain('starts first, before the app containers');
    expect(steps[2]!.sentence).toMatch(/^Starts second/);
    expect(steps[3]!.sentence).toMatch(/^Starts third/);
    expect(steps[5]!.sentence).toContain('not mounted by any container yet');
    expect(steps[6]!.sentence).toContain('every 5 s');
  });

  it('have one sentence for every part of every template', () => {
    for (const template of POD_TEMPLATES) {
      const steps = revealSteps(firstWorkload(template.yaml));
      expect(steps.length, template.id).toBeGreaterThan(1);
      expect(new Set(steps.map((step) => step.entity)).size, template.id).toBe(steps.length);
      for (const step of steps) expect(step.sentence, `${template.id} ${step.entity}`).toMatch(/^[A-Z].*\.$/);
    }
  });
});
