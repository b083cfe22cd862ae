import { describe, expect, it } from 'vitest';
import { CANVAS_METRICS } from './canvasMetrics';
import { mountRoute, referenceRoute, roundedPath } from './edgeRoutes';

const space = { density: 'regular' as const, pod: { x: 0, y: 0, width: 600, height: 700 }, channelTop: 400 };
const volume = { x: 28, y: 470, width: 196, height: 52 };
const container = { x: 28, y: 90, width: 248, height: 200 };

describe('mountRoute', () => {
  it('leaves the volume sideways, runs along the channel and up the gutter beside the container to its row', () => {
    const points = mountRoute(volume, container, 250, space, 0, true);
    expect(points[0]).toEqual({ x: 224, y: 496 });
    expect(points.at(-1)).toEqual({ x: 276, y: 250 });
    const channel = points.filter((point) => point.y >= 400 && point.y <= 400 + CANVAS_METRICS.regular.shelf.channel);
    expect(channel.length).toBeGreaterThanOrEqual(2);
    // Orthogonal: every piece is horizontal or vertical.
    for (let index = 1; index < points.length; index++)
      expect(points[index]!.x === points[index - 1]!.x || points[index]!.y === points[index - 1]!.y).toBe(true);
    // The vertical run to the row is right of the container, in its gutter.
    expect(points.at(-2)!.x).toBeGreaterThan(container.x + container.width);
    expect(points.at(-2)!.x).toBeLessThan(container.x + container.width + CANVAS_METRICS.regular.lane.gutter);
  });

  it('spreads lines of different volumes onto different tracks', () => {
    const one = mountRoute(volume, container, 250, space, 0, true);
    const two = mountRoute(volume, container, 250, space, 1, true);
    expect(one[2]!.y).not.toBe(two[2]!.y);
    expect(one.at(-2)!.x).not.toBe(two.at(-2)!.x);
  });
});

describe('referenceRoute', () => {
  it('reaches a container from the right through the pod margin and the gap above its row', () => {
    const points = referenceRoute(
      { x: 660, y: 52, width: 212, height: 48 },
      { kind: 'container', box: container },
      space,
      true,
    );
    expect(points[0]).toEqual({ x: 660, y: 76 });
    expect(points.at(-1)).toEqual({ x: 276, y: 104 });
    expect(points[2]!.y).toBeLessThan(container.y);
  });

  it('reaches the pod at its title', () => {
    const points = referenceRoute({ x: 660, y: 52, width: 212, height: 48 }, { kind: 'pod' }, space, true);
    expect(points.at(-1)).toEqual({ x: 600, y: 26 });
  });
});

describe('roundedPath', () => {
  it('draws straight pieces with rounded corners, dropping repeated and in-line points', () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 5, y: 0 },
          { x: 10, y: 0 },
          { x: 10, y: 0 },
          { x: 10, y: 10 },
        ],
        4,
      ),
    ).toBe('M 0 0 L 6 0 Q 10 0 10 4 L 10 10');
    expect(roundedPath([])).toBe('');
  });
});
