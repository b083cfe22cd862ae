import type { PodTemplate } from './podTemplate';

export const configMapVolumeTemplate: PodTemplate = {
  id: 'configmap-volume',
  title: 'Configuration files from a ConfigMap volume',
  tags: ['ConfigMap', 'configuration', 'volume'],
  explanation:
    'The ConfigMap at the top of the file holds two configuration files. Mounted as a volume, each ' +
    'of its keys becomes a file: /etc/greeter/greeting.txt and /etc/greeter/settings.yaml. The ' +
    'mount is read-only, and when the ConfigMap changes the kubelet updates the files in place ' +
    'within about a minute (the app must read them again; a subPath mount is never updated). ' +
    'Keeping configuration out of the image lets the same image run in every environment.',
  yaml: `apiVersion: v1
kind: ConfigMap
metadata:
  name: greeter-config
data:
  greeting.txt: |
    Hello from a ConfigMap!
  settings.yaml: |
    language: en
    shout: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: greeter
  labels:
    app.kubernetes.io/name: greeter
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: greeter
  template:
    metadata:
      labels:
        app.kubernetes.io/name: greeter
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: greeter
        image: ghcr.io/example/greeter:3.1.0
        args: [--config-dir=/etc/greeter]
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
            cpu: 50m
            memory: 64Mi
          limits:
            memory: 64Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        # Each key of the ConfigMap becomes a file in this folder.
        - name: config
          mountPath: /etc/greeter
          readOnly: true
      volumes:
      - name: config
        configMap:
          name: greeter-config
`,
};
