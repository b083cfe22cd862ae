import type { Exercise } from './exercise';

const STARTER = `apiVersion: v1
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
`;

export const shareLogVolumeExercise: Exercise = {
  id: 'share-log-volume',
  title: 'Share a log volume with a sidecar',
  topic: 'shared emptyDir, sidecar',
  goal: 'The app writes /var/log/app/app.log: mount a volume there, and add a second container that mounts the same volume and tails the log file.',
  locked: [{ container: 'app', fields: ['image', 'command'] }],
  steps: [
    {
      label: 'An emptyDir volume is mounted at /var/log/app in app',
      check: { kind: 'volume-source', container: 'app', mountPath: '/var/log/app', source: 'emptyDir' },
    },
    { label: 'A second container mounts that volume and tails app.log', check: { kind: 'shared-tailed-volume' } },
  ],
  hints: [
    'Containers of a pod do not see each other’s files, unless they mount the same volume.',
    'An emptyDir volume lives as long as the pod: mount it at /var/log/app in app and anywhere in a second container.',
    'The second container (busybox:1.37) runs command: [tail, -F, /logs/app.log] with the volume at /logs. Each word is its own list element: the kubelet runs no shell.',
  ],
  starterYaml: STARTER,
  solutionYaml: `${STARTER}    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  - name: tailer
    image: busybox:1.37
    command: [tail, -F, /logs/app.log]
    volumeMounts:
    - name: logs
      mountPath: /logs
  volumes:
  - name: logs
    emptyDir: {}
`,
};
