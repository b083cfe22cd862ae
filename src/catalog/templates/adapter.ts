import type { PodTemplate } from './podTemplate';

export const adapterTemplate: PodTemplate = {
  id: 'adapter',
  title: 'Adapter: a metrics exporter beside Redis',
  tags: ['adapter', 'monitoring', 'multi-container'],
  explanation:
    'Redis reports its statistics in its own INFO format, which monitoring systems do not read. ' +
    'The adapter container, redis_exporter, queries Redis over localhost and serves the same ' +
    'numbers at port 9121 under /metrics in the Prometheus format. That is the adapter pattern: ' +
    'the main container stays unchanged, and a second container translates its output into the ' +
    'standard the rest of the cluster expects. Redis keeps its data in an emptyDir volume here, ' +
    'which is lost when the pod is deleted: fine for a session cache, not for data you must keep.',
  yaml: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sessions
  labels:
    app.kubernetes.io/name: sessions
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: sessions
  template:
    metadata:
      labels:
        app.kubernetes.io/name: sessions
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 999
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: redis
        image: redis:7.4-alpine
        ports:
        - name: redis
          containerPort: 6379
        readinessProbe:
          exec:
            command: [redis-cli, ping]
        livenessProbe:
          tcpSocket:
            port: redis
          periodSeconds: 20
        resources:
          requests:
            cpu: 100m
            memory: 256Mi
          limits:
            memory: 256Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: data
          mountPath: /data
      # The adapter reads Redis's own INFO output and serves it in the
      # Prometheus format every monitoring tool in the cluster understands.
      - name: metrics
        image: oliver006/redis_exporter:v1.66.0
        env:
        - name: REDIS_ADDR
          value: redis://127.0.0.1:6379
        ports:
        - name: metrics
          containerPort: 9121
        readinessProbe:
          httpGet:
            path: /health
            port: metrics
        livenessProbe:
          tcpSocket:
            port: metrics
          periodSeconds: 20
        resources:
          requests:
            cpu: 20m
            memory: 32Mi
          limits:
            memory: 32Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
      volumes:
      - name: data
        emptyDir: {}
`,
};
