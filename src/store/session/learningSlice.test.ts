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
