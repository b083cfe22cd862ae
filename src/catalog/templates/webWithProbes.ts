import type { PodTemplate } from './podTemplate';

export const webWithProbesTemplate: PodTemplate = {
  id: 'web-with-probes',
  title: 'Web server with readiness and liveness probes',
  tags: ['probes', 'web', 'Deployment'],
  explanation:
    'A Deployment runs two copies of an unprivileged nginx. The readiness probe asks for / every 5 ' +
    'seconds: until it answers, the pod gets no traffic from its Service, so a rolling update ' +
    'never sends users to a copy that is still starting. The liveness probe only checks that the ' +
    'port accepts connections and tolerates a minute of failures before the kubelet restarts the ' +
    'container: a liveness probe stricter than the readiness probe would restart pods that are ' +
    'merely busy. The container runs as a non-root user with a read-only root file system, so ' +
    'nginx gets an emptyDir volume at /tmp for its temporary files.',
  yaml: `# A web server that tells Kubernetes when it can take traffic (readiness)
# and when it is stuck and must be restarted (liveness).
apiVersion: apps/v1
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
      automountServiceAccountToken: false
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
          periodSeconds: 5
          failureThreshold: 3
        livenessProbe:
          tcpSocket:
            port: http
          initialDelaySeconds: 10
          periodSeconds: 10
          failureThreshold: 6
        resources:
          requests:
            cpu: 50m
            memory: 64Mi
          limits:
            memory: 128Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: tmp
          mountPath: /tmp
      volumes:
      - name: tmp
        emptyDir:
          sizeLimit: 64Mi
`,
};
