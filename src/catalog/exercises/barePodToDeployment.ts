import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const CONTAINER = (indent: string) =>
  `${indent}containers:
${indent}- name: web
${indent}  image: nginxinc/nginx-unprivileged:1.27-alpine
${indent}  ports:
${indent}  - name: http
${indent}    containerPort: 8080
${indent}  readinessProbe:
${indent}    httpGet:
${indent}      path: /
${indent}      port: http
`;

export const barePodToDeploymentExercise: Exercise = {
  id: 'bare-pod-to-deployment',
  title: 'Nobody restarts this pod',
  topic: 'controllers',
  goal: 'This web server runs as a bare Pod: when its node is drained it is gone. Run it as a Deployment with two replicas.',
  images: [NGINX_UNPRIVILEGED],
  locked: [{ container: 'web', fields: ['image', 'ports', 'readinessProbe'] }],
  steps: [
    {
      label: 'A Deployment runs the pod, with at least two replicas',
      check: { kind: 'workload-kind', kinds: ['Deployment'], minReplicas: 2 },
    },
    { label: 'The validator no longer reports a bare Pod', check: { kind: 'rule-silent', rule: 'practice/bare-pod' } },
  ],
  hints: [
    'Who recreates a Pod when its node fails?',
    'A Deployment holds the pod as a template (spec.template) and keeps `replicas` copies of it running; its selector must match the template’s labels.',
    'kind: Deployment, apiVersion: apps/v1, spec: {replicas: 2, selector: {matchLabels: …}, template: {metadata: {labels: …}, spec: <the pod spec>}}.',
  ],
  starterYaml: `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
${CONTAINER('  ')}`,
  solutionYaml: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
${CONTAINER('      ')}`,
};
