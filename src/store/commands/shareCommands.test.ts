import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../designerStore';
import type { DocumentSnapshot } from '../documentSnapshot';
import { openSharedDesign, replaceWithSharedDesign, shareFragmentOf } from './shareCommands';

const SHARED: DocumentSnapshot = {
  text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shared # from a link\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n',
  positions: { '0': { 'container:web': { x: 60, y: 120 } } },
  workloadRef: { documentIndex: 0, itemIndex: null },
};
const MINE =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: mine\nspec:\n  containers:\n  - name: app\n    image: busybox:1.37\n';

async function hashOf(design: DocumentSnapshot): Promise<string> {
  const encoded = await shareFragmentOf(createDesignerStore(design), 0);
  if (!encoded.ok) throw new Error(encoded.message);
  return `#${encoded.fragment}`;
}

describe('opening a share link', () => {
  it('loads the design into an empty designer as one undo step', async () => {
    const store = createDesignerStore();
    expect(await openSharedDesign(store, await hashOf(SHARED))).toEqual({ kind: 'loaded' });
    const state = store.getState();
    expect(state.text).toBe(SHARED.text);
    expect(state.positions).toEqual(SHARED.positions);
    expect(state.workloadRef).toEqual(SHARED.workloadRef);
    expect(state.history.past.map((step) => step.label)).toEqual(['Open share link']);
    state.undo();
    expect(store.getState().text).toBe('');
  });

  it('asks before replacing other work, and replaces only when told to', async () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    const arrival = await openSharedDesign(store, await hashOf(SHARED));
    expect(arrival.kind).toBe('ask');
    expect(store.getState().text).toBe(MINE);
    if (arrival.kind !== 'ask') return;
    replaceWithSharedDesign(store, arrival.design);
    expect(store.getState().text).toBe(SHARED.text);
    store.getState().undo();
    expect(store.getState().text).toBe(MINE);
  });

  it('does not ask when the link holds the design already open', async () => {
    const store = createDesignerStore(SHARED);
    expect(await openSharedDesign(store, await hashOf(SHARED))).toEqual({ kind: 'same' });
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('keeps the current design when the link is broken', async () => {
    const store = createDesignerStore({ text: MINE, positions: {}, workloadRef: null });
    const arrival = await openSharedDesign(store, '#design=%%%broken');
    expect(arrival.kind).toBe('broken');
    expect(store.getState().text).toBe(MINE);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('ignores fragments that are not share links', async () => {
    const store = createDesignerStore();
    expect(await openSharedDesign(store, '#exercise=first-pod')).toEqual({ kind: 'none' });
    expect(await openSharedDesign(store, '')).toEqual({ kind: 'none' });
  });

  it('a shared design with invalid YAML opens as typed', async () => {
    const broken: DocumentSnapshot = { text: 'kind: Pod\n  bad: [\n', positions: {}, workloadRef: null };
    const store = createDesignerStore();
    await openSharedDesign(store, await hashOf(broken));
    expect(store.getState().text).toBe(broken.text);
    expect(store.getState().parse.ok).toBe(false);
  });
});
