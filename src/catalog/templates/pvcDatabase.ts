import type { PodTemplate } from './podTemplate';

export const pvcDatabaseTemplate: PodTemplate = {
  id: 'pvc-database',
  title: 'PostgreSQL on a PersistentVolumeClaim',
  tags: ['StatefulSet', 'PersistentVolumeClaim', 'database'],
  explanation:
    'A StatefulSet gives each database replica a stable name (orders-db-0) and, through ' +
    'volumeClaimTemplates, its own PersistentVolumeClaim (data-orders-db-0). The claim outlives ' +
    'the pod: when the pod is rescheduled, even to another node, it gets the same disk back and ' +
    'finds its data. The headless Service gives the pod a stable DNS name, and the password comes ' +
    'from the Secret through secretKeyRef. PGDATA points at a folder below the mount point because ' +
    'a fresh disk may contain lost+found, over which PostgreSQL refuses to initialise.',
  yaml: `apiVersion: v1
kind: Secret
metadata:
  name: orders-db
type: Opaque
stringData:
  password: change-me-before-use
---
apiVersion: v1
kind: Service
metadata:
  name: orders-db
  labels:
    app.kubernetes.io/name: orders-db
spec:
  clusterIP: None
  selector:
    app.kubernetes.io/name: orders-db
  ports:
  - name: postgres
    port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: orders-db
  labels:
    app.kubernetes.io/name: orders-db
spec:
  serviceName: orders-db
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: orders-db
  template:
    metadata:
      labels:
        app.kubernetes.io/name: orders-db
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 999
        fsGroup: 999
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: postgres
        image: postgres:17.2-alpine
        env:
        - name: POSTGRES_PASSWORD
          valueFrom:
            secretKeyRef:
              name: orders-db
              key: password
        # A folder below the mount point: the volume's root may hold lost+found.
        - name: PGDATA
          value: /var/lib/postgresql/data/pgdata
        ports:
        - name: postgres
          containerPort: 5432
        readinessProbe:
          exec:
            command: [pg_isready, -U, postgres]
          periodSeconds: 5
        livenessProbe:
          tcpSocket:
            port: postgres
          initialDelaySeconds: 30
          periodSeconds: 20
        resources:
          requests:
            cpu: 250m
            memory: 512Mi
          limits:
            memory: 512Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
        - name: run
          mountPath: /var/run/postgresql
        - name: tmp
          mountPath: /tmp
      volumes:
      - name: run
        emptyDir: {}
      - name: tmp
        emptyDir: {}
  # Each replica gets its own PersistentVolumeClaim (data-orders-db-0 ...),
  # which outlives the pod: a rescheduled pod finds its data again.
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 10Gi
`,
};
