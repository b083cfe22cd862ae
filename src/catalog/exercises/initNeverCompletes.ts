import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const STARTER = `apiVersion: v1
kind: Pod
metadata:
  name: shop
  labels:
    app.kubernetes.io/name: shop
spec:
  initContainers:
  - name: migrate
    image: registry.example.com/shop/migrate:2.4
    args: [up]
  containers:
  - name: shop
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: http
`;

export const initNeverCompletesExercise: Exercise = {
  id: 'init-never-completes',
  title: 'Stuck in Init: the migration never succeeds',
  topic: 'init containers',
  goal: 'The pod stays in Init:CrashLoopBackOff: make the migrate init container exit 0, so the shop starts.',
  images: [
    {
      repository: 'registry.example.com/shop/migrate',
      summary:
        'registry.example.com/shop/migrate applies the database migrations and exits 0; without DATABASE_URL it prints "DATABASE_URL is not set" and exits 1. The database is postgres://shop@db:5432/shop.',
      requiresEnv: ['DATABASE_URL'],
    },
    NGINX_UNPRIVILEGED,
  ],
  locked: [{ container: 'shop' }, { container: 'migrate', fields: ['image', 'args'] }],
  steps: [
    {
      label: 'migrate still runs before the shop, as an init container',
      check: { kind: 'container-role', container: 'migrate', role: 'init' },
    },
    {
      label: 'migrate is told where the database is (DATABASE_URL)',
      check: { kind: 'env-set', container: 'migrate', name: 'DATABASE_URL' },
    },
  ],
  hints: [
    'Play the lifecycle: which container keeps restarting, and what does the app container wait for?',
    'An init container must exit 0 before the next one or the app starts. Read what the exercise says the migrate image needs.',
    'Give migrate an environment variable: env: [{name: DATABASE_URL, value: postgres://shop@db:5432/shop}].',
  ],
  starterYaml: STARTER,
  solutionYaml: STARTER.replace(
    '    args: [up]\n',
    '    args: [up]\n    env:\n    - name: DATABASE_URL\n      value: postgres://shop@db:5432/shop\n',
  ),
};
