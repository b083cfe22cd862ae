import type { Exercise } from './exercise';

const pod = (volume: string) => `apiVersion: v1
kind: Pod
metadata:
  name: thumbnails
  labels:
    app.kubernetes.io/name: thumbnails
spec:
  containers:
  - name: worker
    image: busybox:1.37
    command: [sh, -c, 'while true; do date > /scratch/heartbeat; sleep 10; done']
    volumeMounts:
    - name: scratch
      mountPath: /scratch
  volumes:
  - name: scratch
${volume}`;

export const hostPathScratchExercise: Exercise = {
  id: 'host-path-scratch',
  title: 'Scratch space on the node',
  topic: 'hostPath misuse',
  goal: 'The worker keeps temporary files in a directory of the node: give it scratch space of its own, which Baseline allows and which is cleaned up with the pod.',
  locked: [{ container: 'worker', fields: ['image', 'command'] }],
  steps: [
    { label: 'No hostPath volume is left', check: { kind: 'rule-silent', rule: 'practice/host-path' } },
    {
      label: 'worker has an emptyDir at /scratch',
      check: { kind: 'volume-source', container: 'worker', mountPath: '/scratch', source: 'emptyDir' },
    },
    {
      label: 'The pod passes the Baseline Pod Security Standard',
      check: { kind: 'pod-security-level', level: 'baseline' },
    },
  ],
  hints: [
    'Does the worker need anything of the node, or just some space to write to?',
    'A read-only hostPath is still a hostPath: Baseline forbids all of them. Which volume type is scratch space that lives as long as the pod?',
    'Replace hostPath with emptyDir: {} (a sizeLimit keeps it from filling the node’s disk).',
  ],
  starterYaml: pod('    hostPath:\n      path: /tmp/thumbnails\n      type: DirectoryOrCreate\n'),
  solutionYaml: pod('    emptyDir:\n      sizeLimit: 1Gi\n'),
};
