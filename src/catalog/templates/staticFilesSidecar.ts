import type { PodTemplate } from './podTemplate';

export const staticFilesSidecarTemplate: PodTemplate = {
  id: 'static-files-sidecar',
  title: 'Backend with an nginx sidecar for its static files',
  tags: ['sidecar', 'init container', 'emptyDir', 'ConfigMap'],
  explanation:
    'The backend image already contains its static files (styles, scripts, images). An init ' +
    'container runs that same image once and copies the files into a shared emptyDir volume; init ' +
    'containers finish before the app containers start, so the files are in place when nginx ' +
    'starts. nginx mounts the volume read-only, serves /static/ itself and passes every other ' +
    'request to the backend at 127.0.0.1:8000: the containers of a pod share one network ' +
    "namespace, so localhost reaches the neighbour. nginx's configuration comes from the ConfigMap " +
    'at the top of the file.',
  yaml: `apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-nginx
data:
  default.conf: |
    server {
      listen 8080;
      location /static/ {
        alias /usr/share/nginx/html/;
      }
      location / {
        proxy_pass http://127.0.0.1:8000;
      }
    }
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  labels:
    app.kubernetes.io/name: shop
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: shop
  template:
    metadata:
      labels:
        app.kubernetes.io/name: shop
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      initContainers:
      # The backend's own image, run once: it copies the static files it ships
      # into the shared volume before nginx starts.
      - name: collect-static
        image: ghcr.io/example/shop-backend:2.4.1
        command: [cp, -R, /app/static/., /static/]
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
        - name: static
          mountPath: /static
      containers:
      - name: backend
        image: ghcr.io/example/shop-backend:2.4.1
        ports:
        - name: app
          containerPort: 8000
        readinessProbe:
          httpGet:
            path: /healthz
            port: app
        livenessProbe:
          tcpSocket:
            port: app
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
      - name: nginx
        image: nginxinc/nginx-unprivileged:1.27-alpine
        ports:
        - name: http
          containerPort: 8080
        readinessProbe:
          httpGet:
            path: /static/
            port: http
        livenessProbe:
          tcpSocket:
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
        - name: static
          mountPath: /usr/share/nginx/html
          readOnly: true
        - name: nginx-config
          mountPath: /etc/nginx/conf.d
          readOnly: true
        - name: nginx-tmp
          mountPath: /tmp
      volumes:
      - name: static
        emptyDir: {}
      - name: nginx-config
        configMap:
          name: shop-nginx
      - name: nginx-tmp
        emptyDir: {}
`,
};
