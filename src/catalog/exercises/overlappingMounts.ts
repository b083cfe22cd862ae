import type { Exercise } from './exercise';

const CONFIG_MAP = `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: report-config
data:
  app.conf: |
    interval=10
`;

const pod = (cacheMount: string) => `apiVersion: v1
kind: Pod
metadata:
  name: report
  labels:
    app.kubernetes.io/name: report
spec:
  containers:
  - name: app
    image: busybox:1.37
    command: [sh, -c, 'while true; do cat /etc/report/app.conf > ${cacheMount}/last; sleep 10; done']
    volumeMounts:
    - name: config
      mountPath: /etc/report
    - name: cache
      mountPath: ${cacheMount}
  volumes:
  - name: config
    configMap:
      name: report-config
  - name: cache
    emptyDir: {}
${CONFIG_MAP}`;

export const overlappingMountsExercise: Exercise = {
  id: 'overlapping-mounts',
  title: 'Mounts inside mounts',
  topic: 'nested volume mounts',
  goal: 'The app cannot start: its cache is mounted inside its configuration. Mount them side by side, keeping /etc/report/app.conf and an emptyDir cache.',
  locked: [{ container: 'app', fields: ['image'] }],
  steps: [
    { label: 'The mounts of app no longer overlap', check: { kind: 'rule-silent', rule: 'practice/nested-mounts' } },
    {
      label: 'app still reads /etc/report/app.conf from the report-config ConfigMap',
      check: { kind: 'config-map-file', container: 'app', configMap: 'report-config', file: '/etc/report/app.conf' },
    },
    {
      label: 'The cache is an emptyDir mounted at /var/cache/report',
      check: { kind: 'volume-source', container: 'app', mountPath: '/var/cache/report', source: 'emptyDir' },
    },
  ],
  hints: [
    'Look at where each volume of app is mounted: is one inside another?',
    'A ConfigMap volume is read-only, so the runtime cannot create the cache’s mount point inside it, and the container never starts.',
    'Mount the cache at /var/cache/report, and write the command’s output there.',
  ],
  starterYaml: pod('/etc/report/cache'),
  solutionYaml: pod('/var/cache/report'),
};
