import type { Exercise } from './exercise';
import { NGINX_AS_ROOT, NGINX_UNPRIVILEGED } from './images';

export const restrictedPodSecurityExercise: Exercise = {
  id: 'restricted-pod-security',
  title: 'Pass the Restricted Pod Security Standard',
  topic: 'Pod Security Standards',
  goal: 'Make this pod pass the Restricted Pod Security Standard, so a namespace that enforces it accepts the pod, and keep nginx serving.',
  images: [NGINX_AS_ROOT, NGINX_UNPRIVILEGED],
  steps: [
    {
      label: 'The pod passes the Restricted Pod Security Standard',
      check: { kind: 'pod-security-level', level: 'restricted' },
    },
    {
      label: 'web still answers its readiness probe',
      check: { kind: 'probe-works', container: 'web', probe: 'readinessProbe' },
    },
  ],
  hints: [
    'Each Restricted control the pod fails is a finding: read why before you apply its fix.',
    'Restricted requires runAsNonRoot, but this nginx image must start as root: with runAsNonRoot alone the container never starts. Read what the exercise says about the images.',
    'Switch to nginxinc/nginx-unprivileged:1.27-alpine (user 101, port 8080), set runAsNonRoot and the RuntimeDefault seccomp profile, drop ALL capabilities, forbid privilege escalation, and remove privileged and NET_ADMIN.',
  ],
  starterYaml: `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - name: http
      containerPort: 80
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
  solutionYaml: `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
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
      allowPrivilegeEscalation: false
      capabilities:
        drop: [ALL]
`,
};
