import { describe, expect, it } from 'vitest';
import { routeCanvasChanges } from './routeCanvasChanges';

describe('routeCanvasChanges', () => {
  it('sends measured sizes to session state', () => {
    const routed = routeCanvasChanges(
      [{ type: 'dimensions', id: 'container:web', dimensions: { width: 248, height: 180 } }],
      [],
    );
    expect(routed.measured).toEqual({ 'container:web': { width: 248, height: 180 } });
    expect(routed.selection).toBeNull();
    expect(routed).toMatchObject({ dragging: {}, dropped: {}, removed: [] });
  });

  it('turns select changes into the new selection, starting from the current one', () => {
    const routed = routeCanvasChanges(
      [
        { type: 'select', id: 'container:web', selected: false },
        { type: 'select', id: 'volume:cache', selected: true },
      ],
      ['container:web', 'pod'],
    );
    expect(routed.selection).toEqual(['pod', 'volume:cache']);
  });

  it('keeps positions while dragging apart from the end of the drag, rounded', () => {
    const routed = routeCanvasChanges(
      [
        { type: 'position', id: 'container:web', position: { x: 10.4, y: 20.6 }, dragging: true },
        { type: 'position', id: 'volume:cache', position: { x: 5, y: 6 }, dragging: false },
      ],
      [],
    );
    expect(routed.dragging).toEqual({ 'container:web': { x: 10, y: 21 } });
    expect(routed.dropped).toEqual({ 'volume:cache': { x: 5, y: 6 } });
  });

  it('ends a drag without a position at the last dragged one, or not at all', () => {
    const routed = routeCanvasChanges(
      [
        { type: 'position', id: 'container:web', position: { x: 1, y: 2 }, dragging: true },
        { type: 'position', id: 'container:web', dragging: false },
        { type: 'position', id: 'volume:cache', dragging: false },
      ],
      [],
    );
    expect(routed.dropped).toEqual({ 'container:web': { x: 1, y: 2 } });
  });

  it('collects removals of nodes and edges, to become model operations', () => {
    const routed = routeCanvasChanges(
      [
        { type: 'remove', id: 'container:web' },
        { type: 'remove', id: 'mount:api:0' },
      ],
      [],
    );
    expect(routed.removed).toEqual(['container:web', 'mount:api:0']);
  });
});
