import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise, nextExercise, type Exercise } from '../catalog/exercises';
import { manifestFromYaml } from '../testing/manifestFromYaml';
import { ALL_RULES } from '../validate/allRules';
import { validateManifest } from '../validate/validateManifest';
import { checkExerciseGoal, SIMULATION_STEP } from './checkExerciseGoal';
import { changedLockedPart } from './locks/lockedParts';

function statusOf(exercise: Exercise, yaml: string) {
  const documents = manifestFromYaml(yaml);
  return checkExerciseGoal(exercise, documents, validateManifest(documents, ALL_RULES));
}

function exercise(id: string): Exercise {
  const found = findExercise(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

function unmetSteps(entry: Exercise, yaml: string): string[] {
  return statusOf(entry, yaml)
    .steps.filter((step) => !step.met)
    .map((step) => step.label);
}

describe('the exercise library', () => {
  it('has at least twelve exercises with unique ids, a goal sentence, steps and graded hints', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(EXERCISES.map((entry) => entry.id)).size).toBe(EXERCISES.length);
    for (const entry of EXERCISES) {
      expect(entry.goal).toMatch(/\.$/);
      expect(entry.steps.length).toBeGreaterThan(0);
      expect(entry.hints.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('leads from each exercise to the next, and from the last to none', () => {
    expect(nextExercise(EXERCISES[0]!.id)).toBe(EXERCISES[1]);
    expect(nextExercise(EXERCISES[EXERCISES.length - 1]!.id)).toBeNull();
  });

  for (const entry of EXERCISES) {
    describe(entry.id, () => {
      it('starts unmet, with an unmet step that says why', () => {
        const status = statusOf(entry, entry.starterYaml);
        expect(status.met).toBe(false);
        expect(status.steps.some((step) => !step.met)).toBe(true);
      });

      it('keeps its locked parts in its solution', () => {
        const starter = manifestFromYaml(entry.starterYaml);
        expect(changedLockedPart(entry.locked ?? [], starter, manifestFromYaml(entry.solutionYaml))).toBeNull();
      });

      it('is met by its solution, every step checked', () => {
        const status = statusOf(entry, entry.solutionYaml);
        expect(status.steps.filter((step) => !step.met)).toEqual([]);
        expect(status.met).toBe(true);
      });
    });
  }
});

describe('wrong answers do not pass', () => {
  it('share-log-volume: a command that is one string with spaces', () => {
    const entry = exercise('share-log-volume');
    const oneString = entry.solutionYaml.replace('[tail, -F, /logs/app.log]', '["tail -F /logs/app.log"]');
    const status = statusOf(entry, oneString);
    expect(status.met).toBe(false);
    const simulation = status.steps.find((step) => step.label === SIMULATION_STEP);
    expect(simulation?.met).toBe(false);
    expect(simulation?.detail).toContain('one string');
  });

  it('share-log-volume: tailing a file outside the shared mount, or not tailing', () => {
    const entry = exercise('share-log-volume');
    expect(statusOf(entry, entry.solutionYaml.replace('/logs/app.log]', '/tmp/app.log]')).met).toBe(false);
    expect(statusOf(entry, entry.solutionYaml.replace('[tail, -F, /logs/app.log]', '[cat, /logs/app.log]')).met).toBe(
      false,
    );
  });

  it('add-readiness-probe: the default probe asks nginx for /ready, which it does not serve', () => {
    const entry = exercise('add-readiness-probe');
    const defaultProbe = entry.starterYaml.replace(
      '      containerPort: 8080\n',
      '      containerPort: 8080\n    readinessProbe:\n      httpGet:\n        path: /ready\n        port: 8080\n      periodSeconds: 10\n',
    );
    expect(unmetSteps(entry, defaultProbe)).toEqual([entry.steps[0]!.label, SIMULATION_STEP]);
  });

  it('add-readiness-probe: a probe on another container, or without a handler', () => {
    const entry = exercise('add-readiness-probe');
    expect(statusOf(entry, entry.solutionYaml.replace('- name: web', '- name: site')).met).toBe(false);
    const noHandler = entry.solutionYaml.replace(
      '      httpGet:\n        path: /\n        port: http\n',
      '      periodSeconds: 5\n',
    );
    expect(statusOf(entry, noHandler).met).toBe(false);
  });

  it('restricted-pod-security: applying the fixes blindly keeps the root-only image, which cannot start', () => {
    const entry = exercise('restricted-pod-security');
    const blind = entry.solutionYaml
      .replace('nginxinc/nginx-unprivileged:1.27-alpine', 'nginx:1.27')
      .replace('containerPort: 8080', 'containerPort: 80');
    const status = statusOf(entry, blind);
    expect(status.steps[0]!.met).toBe(true);
    expect(status.met).toBe(false);
    expect(status.steps.find((step) => step.label === SIMULATION_STEP)?.detail).toContain('must run as root');
  });

  it('init-never-completes: removing the init container, or giving the URL to the app instead', () => {
    const entry = exercise('init-never-completes');
    const removed = entry.starterYaml.replace(/ {2}initContainers:\n[\s\S]*? {4}args: \[up\]\n/, '');
    expect(unmetSteps(entry, removed)).toContain(entry.steps[0]!.label);
    const toApp = entry.starterYaml.replace(
      '      containerPort: 8080\n',
      '      containerPort: 8080\n    env:\n    - name: DATABASE_URL\n      value: postgres://shop@db:5432/shop\n',
    );
    expect(unmetSteps(entry, toApp)).toEqual([entry.steps[1]!.label, SIMULATION_STEP]);
  });

  it('overlapping-mounts: the runtime cannot mount inside the read-only ConfigMap volume', () => {
    const entry = exercise('overlapping-mounts');
    const detail = statusOf(entry, entry.starterYaml).steps.find((step) => step.label === SIMULATION_STEP)?.detail;
    expect(detail).toContain('read-only volume');
  });

  it('host-path-scratch: a read-only hostPath is still a hostPath', () => {
    const entry = exercise('host-path-scratch');
    const readOnly = entry.starterYaml.replace(
      '      mountPath: /scratch\n',
      '      mountPath: /scratch\n      readOnly: true\n',
    );
    expect(statusOf(entry, readOnly).met).toBe(false);
  });

  it('probe-undeclared-port: declaring the name on the wrong port', () => {
    const entry = exercise('probe-undeclared-port');
    const wrongPort = entry.solutionYaml.replace('containerPort: 8080', 'containerPort: 80');
    expect(unmetSteps(entry, wrongPort)).toContain(entry.steps[1]!.label);
  });

  it('distinct-liveness: a liveness probe on a path the image does not serve', () => {
    const entry = exercise('distinct-liveness');
    expect(unmetSteps(entry, entry.solutionYaml.replace('/healthz/live', '/livez'))).toEqual([
      entry.steps[2]!.label,
      SIMULATION_STEP,
    ]);
  });

  it('native-sidecar-order: an init container without restartPolicy Always', () => {
    const entry = exercise('native-sidecar-order');
    expect(statusOf(entry, entry.solutionYaml.replace('    restartPolicy: Always\n', '')).met).toBe(false);
  });

  it('bare-pod-to-deployment: a Deployment of one replica', () => {
    const entry = exercise('bare-pod-to-deployment');
    expect(statusOf(entry, entry.solutionYaml.replace('replicas: 2', 'replicas: 1')).met).toBe(false);
  });

  it('no workload at all is not a solution', () => {
    const status = statusOf(
      exercise('fix-rejected-pod'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n',
    );
    expect(status.met).toBe(false);
  });
});
