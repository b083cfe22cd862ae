import { afterEach, describe, expect, it, vi } from 'vitest';
import { addContainer } from '../model/operations/addContainer';
import { createDesignerStore } from './designerStore';

// Stands for a patcher bug: every write falls back to re-rendering and says why.
vi.mock('../yaml/writeManifest', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../yaml/writeManifest')>();
  return {
    ...actual,
    writeManifest: (...args: Parameters<typeof actual.writeManifest>) => ({
      ...actual.writeManifest(...args),
      method: 'rewritten',
      patchFailure: { message: 'the minimal patch failed: boom', error: new Error('boom') },
    }),
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an edit whose minimal patch fails', () => {
  it('is still applied, and the user is told their formatting was not kept; the exception is logged', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createDesignerStore({
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n',
      positions: {},
      workloadRef: null,
    });
    store
      .getState()
      .updateWorkload('Add container', (workload) => addContainer(workload, { name: 'web', image: 'nginx' }));
    expect(store.getState().text).toContain('name: web');
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(/without keeping your formatting.*the minimal patch failed: boom/),
    });
    expect(logged).toHaveBeenCalledWith('Pod Designer could not keep the formatting of an edit:', new Error('boom'));
  });
});
