import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './designerStore';

describe('presenter mode state', () => {
  it('is session state: toggling it is no undo step and leaves the document alone', () => {
    const store = createDesignerStore({ text: 'apiVersion: v1\nkind: Pod\n', positions: {}, workloadRef: null });
    expect(store.getState().presenting).toBe(false);
    store.getState().setPresenting(true);
    expect(store.getState().presenting).toBe(true);
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().presenting).toBe(true);
    store.getState().setPresenting(false);
    expect(store.getState().presenting).toBe(false);
  });

  it('does not notify subscribers when set to the value it has', () => {
    const store = createDesignerStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().setPresenting(false);
    expect(notified).toBe(0);
  });
});
