import type { Exercise } from './exercise';
import { SHOP_CATALOG } from './images';

const pod = (livenessPath: string, livenessTiming: string) => `apiVersion: v1
kind: Pod
metadata:
  name: catalog
  labels:
    app.kubernetes.io/name: catalog
spec:
  containers:
  - name: catalog
    image: registry.example.com/shop/catalog:3.2
    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /healthz/ready
        port: http
      periodSeconds: 5
    livenessProbe:
      httpGet:
        path: ${livenessPath}
        port: http
${livenessTiming}`;

export const distinctLivenessExercise: Exercise = {
  id: 'distinct-liveness',
  title: 'Restarted while busy',
  topic: 'liveness vs readiness',
  goal: 'When the catalog reloads its cache, its liveness probe fails too and the kubelet restarts it: give liveness its own check, so a busy pod is taken out of traffic but not killed.',
  images: [SHOP_CATALOG],
  locked: [{ container: 'catalog', fields: ['image', 'ports', 'readinessProbe'] }],
  steps: [
    {
      label: 'Liveness and readiness no longer run the same check',
      check: { kind: 'rule-silent', rule: 'practice/identical-probes' },
    },
    {
      label: 'The readiness probe still works',
      check: { kind: 'probe-works', container: 'catalog', probe: 'readinessProbe' },
    },
    {
      label: 'The liveness probe asks something the image answers',
      check: { kind: 'probe-works', container: 'catalog', probe: 'livenessProbe' },
    },
  ],
  hints: [
    'Readiness asks “can you take requests now?”; liveness asks “are you stuck for good?”. Should they ask the same question?',
    'The image answers two different health endpoints: read what the exercise says they mean.',
    'Point the liveness probe at /healthz/live, and give it more patience than readiness (periodSeconds: 10, failureThreshold: 3).',
  ],
  starterYaml: pod('/healthz/ready', '      periodSeconds: 5\n'),
  solutionYaml: pod('/healthz/live', '      periodSeconds: 10\n      failureThreshold: 3\n'),
};
