import { describe, expect, it } from 'vitest';
import { findExercise } from '../../catalog/exercises';
import { findPodTemplate } from '../../catalog/templates';
import { createDesignerStore } from '../designerStore';

const MINE = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: mine\n';

function template(id: string) {
  const found = findPodTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

function exercise(id: string) {
  const found = findExercise(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

describe('templates and exercises', () => {
  it('a template replaces the design as one undo step, explains itself and closes the gallery', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().openDialog({ kind: 'gallery', tab: 'templates' });
    store.getState().openTemplate(template('logging-sidecar'));
    const state = store.getState();
    expect(state.text).toBe(template('logging-sidecar').yaml);
    expect(state.guide).toEqual({ kind: 'template', template: template('logging-sidecar') });
    expect(state.dialog).toBeNull();
    expect(state.history.past.map((step) => step.label)).toEqual([
      `Open template: ${template('logging-sidecar').title}`,
    ]);
    state.undo();
    expect(store.getState().text).toBe(MINE);
  });

  it('opening another file closes the explanation of a template, which is about the template', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().openTemplate(template('logging-sidecar'));
    store.getState().loadText(MINE, 'Open mine.yaml');
    expect(store.getState().guide).toBeNull();
    // Opening a second template explains that one.
    store.getState().openTemplate(template('adapter'));
    expect(store.getState().guide).toEqual({ kind: 'template', template: template('adapter') });
  });

  it('an exercise starts from its own design and is remembered as the one in progress', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().startExercise(exercise('add-readiness-probe'));
    expect(store.getState().text).toBe(exercise('add-readiness-probe').starterYaml);
    expect(store.getState().guide).toEqual({ kind: 'exercise', exercise: exercise('add-readiness-probe') });
    expect(store.getState().exerciseInProgress).toBe('add-readiness-probe');
    store.getState().openTemplate(template('logging-sidecar'));
    expect(store.getState().exerciseInProgress).toBeNull();
  });

  it('keeping your own design for an exercise link replaces nothing', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().openDialog({ kind: 'replaceWithExercise', exercise: exercise('add-readiness-probe') });
    store.getState().showExerciseGuide(exercise('add-readiness-probe'));
    expect(store.getState().text).toBe(MINE);
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().closeGuide();
    expect(store.getState()).toMatchObject({ guide: null, exerciseInProgress: null });
  });
});

describe('during an exercise', () => {
  it('hints are revealed one at a time, never past the last, and start over with the next exercise', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    const first = exercise('add-readiness-probe');
    store.getState().startExercise(first);
    for (let step = 0; step < first.hints.length + 2; step++) store.getState().showNextHint();
    expect(store.getState().hintsShown).toBe(first.hints.length);
    store.getState().startExercise(exercise('pin-image-tags'));
    expect(store.getState().hintsShown).toBe(0);
  });

  it('a new pod leaves the exercise, as one undo step', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().startExercise(exercise('add-readiness-probe'));
    store.getState().startNewPod();
    expect(store.getState()).toMatchObject({ guide: null, exerciseInProgress: null, dialog: null });
    store.getState().undo();
    expect(store.getState().text).toBe(exercise('add-readiness-probe').starterYaml);
  });
});

describe('locked parts of an exercise', () => {
  const shareLogVolume = () => exercise('share-log-volume');
  const changedCommand = () => shareLogVolume().starterYaml.replace('sleep 5; done', 'sleep 1; done');

  it('refuse typing, canvas edits and undo that change them, with a notice', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().startExercise(shareLogVolume());
    expect(store.getState().locks).toEqual(shareLogVolume().locked);

    expect(store.getState().editText(changedCommand())).toBe(false);
    expect(store.getState().text).toBe(shareLogVolume().starterYaml);
    expect(store.getState().notice?.text).toBe(
      'The image and command of app are locked by the exercise “Share a log volume with a sidecar”. Your edit was undone.',
    );

    const renamed = store
      .getState()
      .applyEdit('Rename', (manifest) =>
        manifest.map((document) => JSON.parse(JSON.stringify(document).replace('"name":"app"', '"name":"main"'))),
      );
    expect(renamed).toBe(false);
    expect(store.getState().text).toBe(shareLogVolume().starterYaml);

    // Other parts stay editable, and undo within the exercise works.
    expect(store.getState().editText(shareLogVolume().starterYaml.replace('cpu: 10m', 'cpu: 20m'))).toBe(true);
    store.getState().undo();
    expect(store.getState().text).toBe(shareLogVolume().starterYaml);
    // Undo past the start of the exercise would bring back a design without app.
    store.getState().undo();
    expect(store.getState().text).toBe(shareLogVolume().starterYaml);
    expect(store.getState().notice?.text).toContain('Close the exercise to undo further.');
  });

  it('come from the link when it names them, and go when the exercise is left', () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    store.getState().startExercise(shareLogVolume(), []);
    expect(store.getState().editText(changedCommand())).toBe(true);
    store.getState().startExercise(shareLogVolume());
    store.getState().closeGuide();
    expect(store.getState().locks).toEqual([]);
    expect(store.getState().editText(changedCommand())).toBe(true);
  });
});
