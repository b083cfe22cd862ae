import type { Exercise } from './exercise';
import { NGINX_UNPRIVILEGED } from './images';

const HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
`;

const PROBE = `    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: http
`;

export const configFromConfigMapExercise: Exercise = {
  id: 'config-from-config-map',
  title: 'Configuration hidden in a start command',
  topic: 'ConfigMaps',
  goal: 'The nginx configuration is written by a shell one-liner at start: move it into a ConfigMap mounted at /etc/nginx/conf.d, so it can be read and changed without touching the workload.',
  images: [NGINX_UNPRIVILEGED],
  locked: [{ container: 'web', fields: ['image', 'ports', 'readinessProbe'] }],
  steps: [
    {
      label: 'No start command writes a configuration file',
      check: { kind: 'rule-silent', rule: 'practice/config-file-in-command' },
    },
    {
      label: 'web reads /etc/nginx/conf.d/default.conf from the web-config ConfigMap',
      check: {
        kind: 'config-map-file',
        container: 'web',
        configMap: 'web-config',
        file: '/etc/nginx/conf.d/default.conf',
      },
    },
  ],
  hints: [
    'What does the command write, and where could that file come from instead?',
    'A ConfigMap holds files as keys; a configMap volume shows each key as a file in the folder where it is mounted.',
    'Add a ConfigMap web-config with a key default.conf holding the server block, mount it at /etc/nginx/conf.d, and remove the command: the image starts nginx by itself.',
  ],
  starterYaml: `${HEAD}    command: [sh, -c, 'echo "server { listen 8080; location / { root /usr/share/nginx/html; } }" > /etc/nginx/conf.d/default.conf && exec nginx -g "daemon off;"']
${PROBE}`,
  solutionYaml: `${HEAD}${PROBE}    volumeMounts:
    - name: config
      mountPath: /etc/nginx/conf.d
  volumes:
  - name: config
    configMap:
      name: web-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  default.conf: |
    server { listen 8080; location / { root /usr/share/nginx/html; } }
`,
};
