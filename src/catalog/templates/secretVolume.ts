import type { PodTemplate } from './podTemplate';

export const secretVolumeTemplate: PodTemplate = {
  id: 'secret-volume',
  title: 'Credentials from a Secret volume',
  tags: ['Secret', 'credentials', 'volume'],
  explanation:
    'The Secret holds a database user name and password; stringData lets you write them as plain ' +
    'text, and the API server stores them base64-encoded. Mounted as a volume at ' +
    '/var/run/secrets/db, each key becomes a file the app reads. Unlike environment variables, ' +
    'files are not inherited by every child process or printed by tools that dump the environment, ' +
    'and they are updated when the Secret changes. defaultMode 0440 with fsGroup lets only the ' +
    "pod's user and group read them. Never commit real passwords: in a real repository the Secret " +
    'comes from a secret manager, not from this file.',
  yaml: `apiVersion: v1
kind: Secret
metadata:
  name: reports-db-credentials
type: Opaque
stringData:
  username: reports
  password: change-me-before-use
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reports
  labels:
    app.kubernetes.io/name: reports
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: reports
  template:
    metadata:
      labels:
        app.kubernetes.io/name: reports
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: reports
        image: ghcr.io/example/reports:5.0.2
        env:
        - name: DB_CREDENTIALS_DIR
          value: /var/run/secrets/db
        ports:
        - name: http
          containerPort: 8080
        readinessProbe:
          httpGet:
            path: /ready
            port: http
        livenessProbe:
          httpGet:
            path: /healthz
            port: http
          periodSeconds: 20
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
          limits:
            memory: 128Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: db-credentials
          mountPath: /var/run/secrets/db
          readOnly: true
      volumes:
      - name: db-credentials
        secret:
          secretName: reports-db-credentials
          defaultMode: 0440
`,
};
