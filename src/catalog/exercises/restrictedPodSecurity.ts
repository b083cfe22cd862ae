import type { Exercise } from './exercise';

export const restrictedPodSecurityExercise: Exercise = {
  id: 'restricted-pod-security',
  title: 'Pass the Restricted Pod Security Standard',
  goal: 'Make this pod pass the Restricted Pod Security Standard, so a namespace that enforces it accepts the pod.',
  check: { kind: 'pod-security-level', level: 'restricted' },
  hint: 'Restricted asks for a pod that runs as non-root, with the RuntimeDefault seccomp profile, no privilege escalation and every capability dropped.',
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
    readinessProbe:
      httpGet:
        path: /
        port: http
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 64Mi
    securityContext:
      privileged: true
      capabilities:
        add: [NET_ADMIN]
`,
};
