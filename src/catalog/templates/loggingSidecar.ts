import type { PodTemplate } from './podTemplate';

export const loggingSidecarTemplate: PodTemplate = {
  id: 'logging-sidecar',
  title: 'Logging sidecar tailing a shared log volume',
  tags: ['sidecar', 'logging', 'emptyDir'],
  explanation:
    'The app writes its log to a file instead of to standard output, so kubectl logs would show ' +
    'nothing. A second container mounts the same emptyDir volume and tails the file to its own ' +
    "standard output, where kubectl logs and the cluster's log collector find it. It is a native " +
    'sidecar (an init container with restartPolicy: Always), so it starts before the app and keeps ' +
    'running until the app has stopped: no line is lost at start-up or shutdown. Both containers ' +
    'mount the volume: a volume belongs to the pod, but a container sees only what it mounts.',
  yaml: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: counter
  labels:
    app.kubernetes.io/name: counter
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: counter
  template:
    metadata:
      labels:
        app.kubernetes.io/name: counter
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      initContainers:
      # A native sidecar: it starts before the app and stops after it,
      # so no line the app writes is missed.
      - name: log-tailer
        image: busybox:1.37
        restartPolicy: Always
        command: [sh, -c, 'touch /var/log/app/app.log && exec tail -n +1 -F /var/log/app/app.log']
        resources:
          requests:
            cpu: 10m
            memory: 16Mi
          limits:
            memory: 16Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: logs
          mountPath: /var/log/app
      containers:
      - name: app
        image: busybox:1.37
        command: [sh, -c, 'i=0; while true; do echo "$(date) tick $i" >> /var/log/app/app.log; i=$((i+1)); sleep 5; done']
        resources:
          requests:
            cpu: 10m
            memory: 16Mi
          limits:
            memory: 16Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: logs
          mountPath: /var/log/app
      volumes:
      - name: logs
        emptyDir:
          sizeLimit: 100Mi
`,
};
