import type { Exercise } from './exercise';

const SHIPPER = `  - name: shipper
    image: fluent/fluent-bit:3.2
    args: [-i, tail, -p, path=/logs/app.log, -o, stdout]
`;

const SHIPPER_MOUNT = `    volumeMounts:
    - name: logs
      mountPath: /logs
`;

const APP = `  - name: app
    image: busybox:1.37
    command: [sh, -c, 'echo started >> /var/log/app/app.log; while true; do date >> /var/log/app/app.log; sleep 5; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
`;

const HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: app
  labels:
    app.kubernetes.io/name: app
spec:
`;

const VOLUMES = `  volumes:
  - name: logs
    emptyDir: {}
`;

export const nativeSidecarOrderExercise: Exercise = {
  id: 'native-sidecar-order',
  title: 'The log shipper starts too late',
  topic: 'native sidecar order',
  goal: 'The shipper must run before the app writes its first line and until the app has stopped: make it a native sidecar.',
  locked: [{ container: 'app' }],
  steps: [
    {
      label: 'shipper is a native sidecar: an init container with restartPolicy: Always',
      check: { kind: 'container-role', container: 'shipper', role: 'sidecar' },
    },
    {
      label: 'app and shipper still share the logs emptyDir',
      check: { kind: 'shared-volume', containers: ['app', 'shipper'], source: 'emptyDir' },
    },
  ],
  hints: [
    'App containers start together, in no promised order. What starts before them?',
    'Init containers start first, in order; one with restartPolicy: Always keeps running beside the app and is stopped after it.',
    'Move shipper under initContainers and give it restartPolicy: Always.',
  ],
  starterYaml: `${HEAD}  containers:
${APP}${SHIPPER}${SHIPPER_MOUNT}${VOLUMES}`,
  solutionYaml: `${HEAD}  initContainers:
${SHIPPER}    restartPolicy: Always
${SHIPPER_MOUNT}  containers:
${APP}${VOLUMES}`,
};
