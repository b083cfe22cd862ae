import type { Exercise } from './exercise';
import { SHOP_CATALOG } from './images';

const SECRET = `---
apiVersion: v1
kind: Secret
metadata:
  name: catalog-db
type: Opaque
stringData:
  password: change-me
`;

const HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: catalog
  labels:
    app.kubernetes.io/name: catalog
spec:
  containers:
  - name: catalog
    image: registry.example.com/shop/catalog:3.2
    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /healthz/ready
        port: http
`;

export const secretAsFileExercise: Exercise = {
  id: 'secret-as-file',
  title: 'A password in the environment',
  topic: 'Secrets as files',
  goal: 'The database password reaches the app as an environment variable: hand it over as a file from a Secret volume instead, at /etc/secrets/db/password.',
  images: [
    {
      ...SHOP_CATALOG,
      summary: `${SHOP_CATALOG.summary} It reads its database password from the file named by DB_PASSWORD_FILE, or else from DB_PASSWORD.`,
    },
  ],
  locked: [{ container: 'catalog', fields: ['image', 'ports', 'readinessProbe'] }],
  steps: [
    {
      label: 'catalog no longer has DB_PASSWORD in its environment',
      check: { kind: 'env-absent', container: 'catalog', name: 'DB_PASSWORD' },
    },
    {
      label: 'The catalog-db Secret is mounted so that /etc/secrets/db/password is its password',
      check: { kind: 'secret-file', container: 'catalog', secret: 'catalog-db', file: '/etc/secrets/db/password' },
    },
    {
      label: 'DB_PASSWORD_FILE tells the app where the file is',
      check: { kind: 'env-set', container: 'catalog', name: 'DB_PASSWORD_FILE' },
    },
  ],
  hints: [
    'Environment variables leak: into crash reports, child processes and kubectl describe. Files from a Secret volume do not.',
    'A secret volume turns each key of the Secret into a file; mount it read-only in the container.',
    'Add a volume secret: {secretName: catalog-db}, mount it at /etc/secrets/db, remove DB_PASSWORD and set DB_PASSWORD_FILE to /etc/secrets/db/password.',
  ],
  starterYaml: `${HEAD}    env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: catalog-db
          key: password
${SECRET}`,
  solutionYaml: `${HEAD}    env:
    - name: DB_PASSWORD_FILE
      value: /etc/secrets/db/password
    volumeMounts:
    - name: db-secret
      mountPath: /etc/secrets/db
      readOnly: true
  volumes:
  - name: db-secret
    secret:
      secretName: catalog-db
${SECRET}`,
};
