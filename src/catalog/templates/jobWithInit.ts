import type { PodTemplate } from './podTemplate';

export const jobWithInitTemplate: PodTemplate = {
  id: 'job-with-init',
  title: 'Job with an init step',
  tags: ['Job', 'init container', 'batch'],
  explanation:
    'A Job runs its pod to completion instead of keeping it running. The init container downloads ' +
    'the input into a shared emptyDir volume; the main container starts only if the download ' +
    'succeeded, and writes its thumbnails next to the input. restartPolicy: Never with ' +
    'backoffLimit: 2 means a failed attempt is replaced by a new pod at most twice; ' +
    'activeDeadlineSeconds stops a run that hangs, and ttlSecondsAfterFinished deletes the ' +
    'finished Job after an hour.',
  yaml: `apiVersion: batch/v1
kind: Job
metadata:
  name: thumbnails
  labels:
    app.kubernetes.io/name: thumbnails
spec:
  backoffLimit: 2
  activeDeadlineSeconds: 1800
  ttlSecondsAfterFinished: 3600
  template:
    metadata:
      labels:
        app.kubernetes.io/name: thumbnails
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      initContainers:
      # The init step fetches the input; the main container starts only if it succeeded.
      - name: fetch-images
        image: busybox:1.37
        command: [wget, -O, /work/images.tar, 'https://downloads.example.com/batch/images.tar']
        resources:
          requests:
            cpu: 50m
            memory: 32Mi
          limits:
            memory: 32Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: work
          mountPath: /work
      containers:
      - name: make-thumbnails
        image: ghcr.io/example/thumbnailer:1.3.2
        args: [--input=/work/images.tar, --output=/work/thumbnails]
        resources:
          requests:
            cpu: 500m
            memory: 256Mi
          limits:
            memory: 256Mi
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]
        volumeMounts:
        - name: work
          mountPath: /work
      volumes:
      - name: work
        emptyDir:
          sizeLimit: 2Gi
`,
};
