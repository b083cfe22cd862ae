import type { PodTemplate } from './podTemplate';

export const ambassadorTemplate: PodTemplate = {
  id: 'ambassador',
  title: 'Ambassador: a local proxy to a remote Redis',
  tags: ['ambassador', 'proxy', 'multi-container'],
  explanation:
    'The checkout app always connects to Redis at 127.0.0.1:6379, whatever the environment. The ' +
    'ambassador container (socat) listens on that local port and forwards every connection to the ' +
    'real Redis server. To point the app at another Redis, such as a test instance or a managed ' +
    'service, you change only the ambassador and never the app. The ambassador binds to 127.0.0.1, ' +
    'so nothing outside the pod can use it, and its readiness probe keeps the pod out of service ' +
    'until the proxy listens.',
  yaml: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels:
    app.kubernetes.io/name: checkout
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: checkout
  template:
    metadata:
      labels:
        app.kubernetes.io/name: checkout
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: checkout
        image: ghcr.io/example/checkout:1.8.0
        env:
        # The app always talks to "Redis on localhost"; only the ambassador
        # knows where the real Redis lives.
        - name: REDIS_ADDRESS
          value: 127.0.0.1:6379
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
      - name: redis-ambassador
        image: alpine/socat:1.8.0.1
        args:
        - TCP-LISTEN:6379,bind=127.0.0.1,fork,reuseaddr
        - TCP:redis.cache.example.com:6379
        readinessProbe:
          tcpSocket:
            port: 6379
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
`,
};
