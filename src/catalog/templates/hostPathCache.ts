import type { PodTemplate } from './podTemplate';

export const hostPathCacheTemplate: PodTemplate = {
  id: 'hostpath-cache',
  title: 'Node-local cache on a hostPath volume',
  tags: ['hostPath', 'DaemonSet', 'cache'],
  explanation:
    'A DaemonSet runs one package cache per node and keeps its files in a folder of the node ' +
    'itself, so they survive pod restarts and are still there for the next pod on that node. That ' +
    "convenience is also the danger: a hostPath volume gives the pod access to the node's file " +
    'system, so the Baseline Pod Security Standard forbids it, the validator warns, and many ' +
    'clusters refuse such pods. The folder must exist on every node and belong to user 10001 ' +
    '(type: Directory checks that it exists). Prefer an emptyDir or a PersistentVolumeClaim unless ' +
    'the data truly belongs to the node.',
  yaml: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: package-cache
  labels:
    app.kubernetes.io/name: package-cache
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: package-cache
  template:
    metadata:
      labels:
        app.kubernetes.io/name: package-cache
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: cache
        image: ghcr.io/example/package-cache:0.9.3
        args: [--cache-dir=/var/cache/packages, --listen=:3142]
        ports:
        - name: http
          containerPort: 3142
        readinessProbe:
          httpGet:
            path: /healthz
            port: http
        livenessProbe:
          tcpSocket:
            port: http
          periodSeconds: 20
        resources:
          requests:
            cpu: 50m
            memory: 128Mi
          limits:
            memory: 128Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: cache
          mountPath: /var/cache/packages
      volumes:
      # A folder on the node itself (it must exist, owned by user 10001): it survives
      # pod restarts, but every node has its own and the pod can reach the node's files.
      - name: cache
        hostPath:
          path: /var/cache/package-cache
          type: Directory
`,
};
