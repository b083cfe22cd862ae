import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise, type Exercise } from '../catalog/exercises';
import { ALL_RULES } from '../validate/allRules';
import { validateManifest } from '../validate/validateManifest';
import { manifestFromYaml } from '../testing/manifestFromYaml';
import { checkExerciseGoal } from './checkExerciseGoal';

function statusOf(exercise: Exercise, yaml: string) {
  const documents = manifestFromYaml(yaml);
  return checkExerciseGoal(exercise.check, documents, validateManifest(documents, ALL_RULES));
}

function exercise(id: string): Exercise {
  const found = findExercise(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

/** Worked solutions, written as a learner would: the starting design, changed. */
const SOLUTIONS: Readonly<Record<string, string>> = {
  'add-readiness-probe': `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: http
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 64Mi
`,
  'share-log-volume': `apiVersion: v1
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
    volumeMounts:
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
  'restricted-pod-security': `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: http
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 64Mi
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        drop: [ALL]
`,
  'fix-rejected-pod': `apiVersion: v1
kind: Pod
metadata:
  name: shop-frontend
  labels:
    app.kubernetes.io/name: shop-frontend
spec:
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 64Mi
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  - name: clock
    image: busybox:1.37
    command: [sh, -c, 'while true; do date > /html/index.html; sleep 10; done']
    volumeMounts:
    - name: html
      mountPath: /html
  volumes:
  - name: html
    emptyDir: {}
`,
};

describe('exercises', () => {
  it('have unique ids and a goal sentence', () => {
    expect(new Set(EXERCISES.map((entry) => entry.id)).size).toBe(EXERCISES.length);
    for (const entry of EXERCISES) expect(entry.goal).toMatch(/\.$/);
  });

  for (const entry of EXERCISES) {
    describe(entry.id, () => {
      it('is not met on its starting design, and says why', () => {
        const status = statusOf(entry, entry.starterYaml);
        expect(status.met).toBe(false);
        if (entry.check.kind !== 'shared-tailed-volume') expect(status.hints.length).toBeGreaterThan(0);
      });

      it('is met on a worked solution', () => {
        const solution = SOLUTIONS[entry.id];
        expect(solution, `write a solution for ${entry.id}`).toBeDefined();
        expect(statusOf(entry, solution!).met).toBe(true);
      });
    });
  }

  it('the rejected pod starts with API-server errors, which are its hints', () => {
    const status = statusOf(exercise('fix-rejected-pod'), exercise('fix-rejected-pod').starterYaml);
    expect(status.hints.map((hint) => hint.message)).toContain('Another container in this pod is already named "web".');
  });

  it('the readiness hint is the validator’s reason for a readiness probe', () => {
    const status = statusOf(exercise('add-readiness-probe'), exercise('add-readiness-probe').starterYaml);
    expect(status.hints[0]?.message).toContain('has no readiness probe');
    expect(status.hints[0]?.why.length).toBeGreaterThan(20);
  });
});

describe('goal checks', () => {
  const readiness = exercise('add-readiness-probe');
  const shared = exercise('share-log-volume');
  const solvedShare = SOLUTIONS['share-log-volume']!;

  it('a readiness probe on another container does not count', () => {
    const renamed = SOLUTIONS['add-readiness-probe']!.replace('- name: web', '- name: site');
    expect(statusOf(readiness, renamed).met).toBe(false);
  });

  it('a readiness probe without a handler does not count', () => {
    const empty = SOLUTIONS['add-readiness-probe']!.replace(
      '      httpGet:\n        path: /\n        port: http\n',
      '      periodSeconds: 5\n',
    );
    expect(statusOf(readiness, empty).met).toBe(false);
  });

  it('tailing a file outside the shared mount does not count', () => {
    expect(statusOf(shared, solvedShare.replace('[tail, -F, /logs/app.log]', '[tail, -F, /tmp/app.log]')).met).toBe(
      false,
    );
  });

  it('a sidecar that mounts the volume but does not tail does not count', () => {
    expect(statusOf(shared, solvedShare.replace('[tail, -F, /logs/app.log]', '[cat, /logs/app.log]')).met).toBe(false);
  });

  it('a volume mounted only by the tailer does not count', () => {
    const appWithoutMount = solvedShare.replace(
      '    volumeMounts:\n    - name: logs\n      mountPath: /var/log/app\n',
      '',
    );
    expect(statusOf(shared, appWithoutMount).met).toBe(false);
  });

  it('a native sidecar running tail in a shell counts', () => {
    const nativeSidecar = `apiVersion: v1
kind: Pod
metadata:
  name: counter
spec:
  initContainers:
  - name: tailer
    image: busybox:1.37
    restartPolicy: Always
    command: [sh, -c, 'exec tail -n +1 -F /logs/app.log']
    volumeMounts:
    - name: logs
      mountPath: /logs/
  containers:
  - name: app
    image: busybox:1.37
    volumeMounts:
    - name: logs
      mountPath: /var/log/app
  volumes:
  - name: logs
    emptyDir: {}
`;
    expect(statusOf(shared, nativeSidecar).met).toBe(true);
    expect(statusOf(shared, nativeSidecar.replace('    restartPolicy: Always\n', '')).met).toBe(false);
  });

  it('no errors but no workload is not a fixed pod', () => {
    expect(
      statusOf(exercise('fix-rejected-pod'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n').met,
    ).toBe(false);
  });
});
