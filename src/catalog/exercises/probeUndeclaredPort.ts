import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const pod = (portName: string) => `apiVersion: v1
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
    - name: ${portName}
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: http
`;

export const probeUndeclaredPortExercise: Exercise = {
  id: 'probe-undeclared-port',
  title: 'Never Ready',
  topic: 'probe ports',
  goal: 'This pod never becomes Ready though nginx runs fine: make the readiness probe reach the port nginx listens on.',
  images: [NGINX_UNPRIVILEGED],
  locked: [{ container: 'web', fields: ['image'] }],
  steps: [
    {
      label: 'The probe’s port is one the container declares',
      check: { kind: 'rule-silent', rule: 'practice/probe-port' },
    },
    {
      label: 'The readiness probe reaches nginx on 8080',
      check: { kind: 'probe-works', container: 'web', probe: 'readinessProbe' },
    },
  ],
  hints: [
    'Play the lifecycle: what does the readiness probe say?',
    'A probe port given as a name is looked up in the container’s own ports list, by that exact name.',
    'Name the port http (or point the probe at port: web).',
  ],
  starterYaml: pod('web'),
  solutionYaml: pod('http'),
};
