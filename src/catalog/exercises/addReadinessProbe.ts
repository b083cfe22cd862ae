import type { Exercise } from './exercise';

export const addReadinessProbeExercise: Exercise = {
  id: 'add-readiness-probe',
  title: 'Add a readiness probe',
  goal: 'Add a readiness probe to the web container, so the pod receives traffic only once nginx answers on port 8080.',
  check: { kind: 'readiness-probe', container: 'web' },
  hint: 'A readiness probe sits under the container, next to ports: readinessProbe with an httpGet (path and port) that the web server answers.',
  starterYaml: `apiVersion: v1
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
`,
};
