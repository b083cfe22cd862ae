import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const pod = (webImage: string, clockImage: string) => `apiVersion: v1
kind: Pod
metadata:
  name: clock-page
  labels:
    app.kubernetes.io/name: clock-page
spec:
  containers:
  - name: web
    image: ${webImage}
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
  - name: clock
    image: ${clockImage}
    command: [sh, -c, 'while true; do date > /html/index.html; sleep 10; done']
    volumeMounts:
    - name: html
      mountPath: /html
  volumes:
  - name: html
    emptyDir: {}
`;

export const pinImageTagsExercise: Exercise = {
  id: 'pin-image-tags',
  title: 'Which version is running?',
  topic: 'image tags',
  goal: 'One image has no tag and one says latest: pin both to a version, so every node runs the same code and a rollback brings the old code back.',
  images: [NGINX_UNPRIVILEGED],
  locked: [
    { container: 'clock', fields: ['command', 'volumeMounts'] },
    { container: 'web', fields: ['ports', 'readinessProbe', 'volumeMounts'] },
  ],
  steps: [
    {
      label: 'Every image is pinned to a version tag or a digest',
      check: { kind: 'rule-silent', rule: 'practice/image-tag' },
    },
    {
      label: 'web still runs nginx-unprivileged',
      check: { kind: 'image-repository', container: 'web', repository: 'nginxinc/nginx-unprivileged' },
    },
    {
      label: 'clock still runs busybox',
      check: { kind: 'image-repository', container: 'clock', repository: 'busybox' },
    },
  ],
  hints: [
    'An image without a tag means :latest, and latest is whatever was pushed last.',
    'Add a version after the colon of each image: a tag someone chose on purpose, such as 1.27-alpine.',
    'web: nginxinc/nginx-unprivileged:1.27-alpine; clock: busybox:1.37.',
  ],
  starterYaml: pod('nginxinc/nginx-unprivileged', 'busybox:latest'),
  solutionYaml: pod('nginxinc/nginx-unprivileged:1.27-alpine', 'busybox:1.37'),
};
