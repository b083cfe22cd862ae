import { describe, expect, it } from 'vitest';
import { findExercise } from '../catalog/exercises';
import { createDesignerStore } from './designerStore';
import { selectDesignedPodSpec, selectDesignFaults, simulatedTimeline } from './simulationTimeline';

const ONE_STRING = `apiVersion: v1
kind: Pod
metadata:
  name: logs
spec:
  containers:
  - name: tailer
    image: busybox:1.37
    command: ["tail -F /logs/app.log"]
`;

function restarted(timeline: ReturnType<typeof simulatedTimeline>, name: string): boolean {
  const container = timeline?.containers.find((entry) => entry.name === name);
  return container?.segments.some((segment) => segment.restartCount > 0) ?? false;
}

describe('the simulated timeline', () => {
  it('plays what the design makes happen: a command line in one string cannot start', () => {
    const store = createDesignerStore({ text: ONE_STRING, positions: {}, workloadRef: null });
    const state = store.getState();
    const faults = selectDesignFaults(state);
    expect(faults.get('tailer')?.fault).toBe('exitsNonZero');
    expect(selectDesignFaults(store.getState())).toBe(faults);
    const podSpec = selectDesignedPodSpec(state);
    expect(restarted(simulatedTimeline(podSpec, state.simulation, faults), 'tailer')).toBe(true);

    // A what-if of the user overrides it.
    store.getState().setSimulationFault('tailer', 'none');
    const overridden = simulatedTimeline(podSpec, store.getState().simulation, faults);
    expect(restarted(overridden, 'tailer')).toBe(false);
  });

  it('goes by what an open exercise says its images serve', () => {
    const exercise = findExercise('add-readiness-probe')!;
    const withDefaultProbe = exercise.starterYaml.replace(
      '      containerPort: 8080\n',
      '      containerPort: 8080\n    readinessProbe:\n      httpGet:\n        path: /ready\n        port: 8080\n',
    );
    const store = createDesignerStore({ text: withDefaultProbe, positions: {}, workloadRef: null });
    expect(selectDesignFaults(store.getState()).size).toBe(0);
    store.getState().showExerciseGuide(exercise);
    expect(selectDesignFaults(store.getState()).get('web')?.fault).toBe('readinessFails');
  });
});
