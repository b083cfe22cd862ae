import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

export const fixRejectedPodExercise: Exercise = {
  id: 'fix-rejected-pod',
  title: 'This pod is rejected: fix it',
  topic: 'API server validation',
  goal: 'The API server rejects this pod: fix every error, keeping nginx serving the page the clock container writes.',
  images: [NGINX_UNPRIVILEGED],
  steps: [
    {
      label: 'web still runs nginx',
      check: { kind: 'image-repository', container: 'web', repository: 'nginxinc/nginx-unprivileged' },
    },
    {
      label: 'The clock container writes into an emptyDir that web serves',
      check: { kind: 'shared-volume', containers: ['web', 'clock'], source: 'emptyDir' },
    },
  ],
  hints: [
    'Work through the errors one at a time: each one names the field to change.',
    'Names must be unique in a pod, a port fits in 16 bits, a memory limit is at least the request, and every mounted volume must be declared.',
    'Rename the second container to clock, set containerPort to 8080 (what nginx listens on), the limit to 64Mi, and declare volumes: [{name: html, emptyDir: {}}].',
  ],
  starterYaml: `apiVersion: v1
kind: Pod
metadata:
  name: Shop_Frontend
  labels:
    app.kubernetes.io/name: shop-frontend
spec:
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 80800
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 32Mi
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  - name: web
    image: busybox:1.37
    command: [sh, -c, 'while true; do date > /html/index.html; sleep 10; done']
    volumeMounts:
    - name: html
      mountPath: /html
`,
  solutionYaml: `apiVersion: v1
kind: Pod
metadata:
  name: shop-frontend
  labels:
    app.kubernetes.io/name: shop-frontend
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
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  - name: clock
    image: busybox:1.37
    command: [sh, -c, 'while true; do date > /html/index.html; sleep 10; done']
    volumeMounts:
    - name: html
      mountPath: /html
  volumes:
  - name: html
    emptyDir: {}
`,
};
