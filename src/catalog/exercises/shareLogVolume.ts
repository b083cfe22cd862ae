import type { Exercise } from './exercise';

export const shareLogVolumeExercise: Exercise = {
  id: 'share-log-volume',
  title: 'Share a log volume with a sidecar',
  goal: 'The app writes /var/log/app/app.log: mount a volume there, and add a second container that mounts the same volume and tails the log file.',
  check: { kind: 'shared-tailed-volume' },
  hint: 'Add an emptyDir volume, mount it at /var/log/app in the app container, then add a sidecar (for example busybox:1.37) that mounts it too and runs tail -F on the file.',
  starterYaml: `apiVersion: v1
kind: Pod
metadata:
  name: counter
  labels:
    app.kubernetes.io/name: counter
spec:
  containers:
  - name: app
    image: busybox:1.37
    command: [sh, -c, 'mkdir -p /var/log/app; while true; do date >> /var/log/app/app.log; sleep 5; done']
    resources:
      requests:
        cpu: 10m
        memory: 16Mi
      limits:
        memory: 16Mi
`,
};
