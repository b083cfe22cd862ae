import { describe, expect, it } from 'vitest';
import { listContainerSlots } from '../model/containers';
import { makeContainer, makePod } from '../model/fixtures/workloadBuilders';
import { podSpecOf } from '../model/workloads';
import { splitLaneDrops } from './laneDrops';
import { createGraphProjector } from './projectGraph';

describe('splitLaneDrops', () => {
  const pod = makePod({
    initContainers: [makeContainer('first'), makeContainer('second')],
    containers: [makeContainer('web')],
    volumes: [{ name: 'cache', emptyDir: {} }],
  });
  const graph = createGraphProjector()({ workload: pod, stale: false, positions: {}, selectedIds: [] });
  const slots = listContainerSlots(podSpecOf(pod));
  const first = graph.nodes.find((node) => node.id === 'container:first')!;

  it('turns the drop of an init container into a new run position, and keeps other drops as moves', () => {
    const { reorders, moves } = splitLaneDrops(
      {
        'container:second': { x: first.position.x + 10, y: first.position.y - 5 },
        'container:web': { x: 700, y: 300 },
        'volume:cache': { x: 40, y: 500 },
      },
      slots,
      graph.nodes,
    );
    expect(reorders).toEqual([{ name: 'second', toIndex: 0 }]);
    expect(moves).toEqual({ 'container:web': { x: 700, y: 300 }, 'volume:cache': { x: 40, y: 500 } });
  });
});
