import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const pod = (producerVolume: string, volumes: string) => `apiVersion: v1
kind: Pod
metadata:
  name: report-page
  labels:
    app.kubernetes.io/name: report-page
spec:
  containers:
  - name: producer
    image: busybox:1.37
    command: [sh, -c, 'while true; do date > /out/index.html; sleep 30; done']
    volumeMounts:
    - name: ${producerVolume}
      mountPath: /out
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: http
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
      readOnly: true
  volumes:
${volumes}`;

export const producerConsumerExercise: Exercise = {
  id: 'producer-consumer',
  title: 'The page never changes',
  topic: 'sharing an emptyDir',
  goal: 'producer writes index.html every 30 s, yet nginx serves its own welcome page: let web serve what producer writes.',
  images: [NGINX_UNPRIVILEGED],
  locked: [
    { container: 'producer', fields: ['image', 'command'] },
    { container: 'web', fields: ['image', 'ports', 'readinessProbe'] },
  ],
  steps: [
    {
      label: 'producer and web mount the same emptyDir volume',
      check: { kind: 'shared-volume', containers: ['producer', 'web'], source: 'emptyDir' },
    },
    {
      label: 'web still answers its readiness probe',
      check: { kind: 'probe-works', container: 'web', probe: 'readinessProbe' },
    },
  ],
  hints: [
    'Each volume is its own folder. Which volume does each container write to or read from?',
    'Two containers see the same files only through the same volume, mounted wherever each likes.',
    'Mount the html volume at /out in producer and remove the out volume.',
  ],
  starterYaml: pod('out', '  - name: out\n    emptyDir: {}\n  - name: html\n    emptyDir: {}\n'),
  solutionYaml: pod('html', '  - name: html\n    emptyDir: {}\n'),
};
