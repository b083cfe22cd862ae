import type { Exercise } from './exercise';

export const fixRejectedPodExercise: Exercise = {
  id: 'fix-rejected-pod',
  title: 'This pod is rejected: fix it',
  goal: 'The API server rejects this pod: fix every error until the validator reports none.',
  check: { kind: 'no-errors' },
  hint: 'Work through the errors one at a time: each one names the field to change.',
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
};
