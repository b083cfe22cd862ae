import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../designerStore';
import { findExercise } from '../../catalog/exercises';
import { EXERCISE_STORAGE_KEY, loadSavedSession, startSessionPersistence } from './sessionPersistence';
import { defaultWorkspaceLayout } from './workspaceLayout';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('session state across reloads', () => {
  it('remembers the layout once a splitter drag settles, and the next visit starts from it', async () => {
    const local = memoryStorage();
    const tab = memoryStorage();
    const store = createDesignerStore(undefined, { session: loadSavedSession(local, tab, 1440) });
    const stop = startSessionPersistence(store, local, tab, 5);
    store.getState().setPanelOpen('palette', false);
    for (const width of [400, 420, 440]) store.getState().resizePanel('sideWidth', width);
    await tick(20);
    stop();
    const next = createDesignerStore(undefined, { session: loadSavedSession(local, tab, 1440) });
    expect(next.getState().layout.visible.normal.palette).toBe(false);
    expect(next.getState().layout.sizes.sideWidth).toBe(440);
  });

  it('remembers the exercise in progress for this tab, and forgets it when the guide closes', () => {
    const local = memoryStorage();
    const tab = memoryStorage();
    const store = createDesignerStore();
    const stop = startSessionPersistence(store, local, tab);
    const exercise = findExercise('add-readiness-probe');
    if (!exercise) throw new Error('no exercise add-readiness-probe');
    store.getState().showExerciseGuide(exercise);
    expect(tab.items.get(EXERCISE_STORAGE_KEY)).toBe('add-readiness-probe');
    expect(loadSavedSession(local, tab, 1440).exerciseInProgress).toBe('add-readiness-probe');
    store.getState().closeGuide();
    expect(tab.items.has(EXERCISE_STORAGE_KEY)).toBe(false);
    stop();
  });

  it('opens with the default layout when storage is unreadable or holds something else', () => {
    const broken = { getItem: () => '{not json' };
    expect(loadSavedSession(broken, broken, 1280).layout).toEqual(defaultWorkspaceLayout(1280));
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadSavedSession(refusing, refusing, 1280)).toEqual({
      layout: defaultWorkspaceLayout(1280),
      exerciseInProgress: null,
    });
  });
});
