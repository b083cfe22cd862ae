import { describe, expect, it } from 'vitest';
import { microservicesManifest } from '../../graph/fixtures/microservicesManifest';
import { createDesignerStore } from '../designerStore';
import { selectCurrentWorkload } from '../selectors';
import { addServiceForWorkload, deleteService } from './serviceCommands';

describe('addServiceForWorkload', () => {
  it('writes a Service right after the workload, keeping the rest of the text, as one undo step', () => {
    const store = createDesignerStore();
    const original = microservicesManifest(2);
    store.getState().loadText(original, 'Open');
    store.getState().moveNodes({ 'object:2': { x: 1, y: 2 } }, 'end');
    store.getState().openWorkload({ documentIndex: 2, itemIndex: null });
    store.getState().openMap();
    expect(addServiceForWorkload(store, { documentIndex: 0, itemIndex: null })).toBe('object:1');
    const { text } = store.getState();
    const [first, rest] = original.split('---\n', 2) as [string, string];
    expect(text.startsWith(`${first}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: frontend-2\n`)).toBe(true);
    expect(text).toContain(`targetPort: http\n---\n${rest}`);
    expect(store.getState().selection.ids).toEqual(['object:1']);
    // The documents after it moved one place down, and keep their positions and the chosen workload.
    expect(store.getState().positions.map).toEqual({ 'object:3': { x: 1, y: 2 } });
    expect(selectCurrentWorkload(store.getState())?.name).toBe('cartservice');
    store.getState().undo();
    expect(store.getState().text).toBe(original);
    expect(selectCurrentWorkload(store.getState())?.name).toBe('cartservice');
  });
});

describe('deleteService', () => {
  it('cuts the Service document out of the text, every other byte kept, as one undo step', () => {
    const store = createDesignerStore();
    const original = microservicesManifest(3);
    store.getState().loadText(original, 'Open');
    store.getState().moveNodes({ 'object:4': { x: 1, y: 2 } }, 'end');
    store.getState().openWorkload({ documentIndex: 4, itemIndex: null });
    const parts = original.split('---\n');
    expect(deleteService(store, { documentIndex: 3, itemIndex: null })).toBe(true);
    expect(store.getState().text).toBe([...parts.slice(0, 3), ...parts.slice(4)].join('---\n'));
    expect(store.getState().positions.map).toEqual({ 'object:3': { x: 1, y: 2 } });
    expect(selectCurrentWorkload(store.getState())?.name).toBe('productcatalog');
    store.getState().undo();
    expect(store.getState().text).toBe(original);
  });
});
