import type { PodTemplate } from './podTemplate';

export const nativeSidecarStartupTemplate: PodTemplate = {
  id: 'native-sidecar-startup',
  title: 'Native sidecar with startup ordering',
  tags: ['native sidecar', 'startup order', 'init container'],
  explanation:
    'Init containers start one after another. The first one here, db-proxy, has restartPolicy: ' +
    'Always, which makes it a native sidecar that keeps running for the life of the pod. The ' +
    "kubelet starts the next container only when the sidecar's startupProbe succeeds, so the " +
    'migrate step and then the app find the database proxy already listening on 127.0.0.1:5432. At ' +
    'shutdown the order is reversed: the app stops first and the sidecar last. Native sidecars ' +
    'need Kubernetes 1.29 or newer.',
  yaml: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: inventory
  labels:
    app.kubernetes.io/name: inventory
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: inventory
  template:
    metadata:
      labels:
        app.kubernetes.io/name: inventory
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      initContainers:
      # 1. The database proxy starts first and keeps running (restartPolicy: Always).
      #    The next container starts only once its startupProbe succeeds.
      - name: db-proxy
        image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
        restartPolicy: Always
        args: [--port=5432, --health-check, --http-address=0.0.0.0, example-project:europe-west1:inventory]
        ports:
        - name: health
          containerPort: 9090
        startupProbe:
          httpGet:
            path: /startup
            port: health
          periodSeconds: 1
          failureThreshold: 30
        readinessProbe:
          httpGet:
            path: /readiness
            port: health
        livenessProbe:
          httpGet:
            path: /liveness
            port: health
          periodSeconds: 20
        resources:
          requests:
            cpu: 50m
            memory: 64Mi
          limits:
            memory: 64Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
      # 2. Migrations run to completion through the proxy, which is already up.
      - name: migrate
        image: ghcr.io/example/inventory:4.2.0
        args: [migrate, --database=postgres://127.0.0.1:5432/inventory]
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
      # 3. Then the app starts; the proxy stops only after it has finished.
      containers:
      - name: inventory
        image: ghcr.io/example/inventory:4.2.0
        args: [serve, --database=postgres://127.0.0.1:5432/inventory]
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
`,
};
