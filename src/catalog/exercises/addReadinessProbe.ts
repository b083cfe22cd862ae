import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const STARTER = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 64Mi
`;

export const addReadinessProbeExercise: Exercise = {
  id: 'add-readiness-probe',
  title: 'Add a readiness probe',
  topic: 'readiness probes',
  goal: 'Add a readiness probe to the web container, so the pod receives traffic only once nginx answers on port 8080.',
  images: [NGINX_UNPRIVILEGED],
  locked: [{ container: 'web', fields: ['image', 'ports'] }],
  steps: [
    {
      label: 'web has a readiness probe that nginx answers (its port, a page it serves)',
      check: { kind: 'probe-works', container: 'web', probe: 'readinessProbe' },
    },
  ],
  hints: [
    'A readiness probe belongs to the container it checks: drop one on web, or write it under the container in the YAML.',
    'A probe passes only if the server answers it. Read what this exercise says nginx serves: a default path such as /ready gets a 404.',
    'Under web: readinessProbe with httpGet, path / and port http (8080).',
  ],
  starterYaml: STARTER,
  solutionYaml: STARTER.replace(
    '      containerPort: 8080\n',
    '      containerPort: 8080\n    readinessProbe:\n      httpGet:\n        path: /\n        port: http\n',
  ),
};
