import { describe, expect, it } from 'vitest';
import { createGraphProjector } from '../../graph/projectGraph';
import { listContainerSlots } from '../../model/containers';
import { makeContainer, makePod } from '../../model/fixtures/workloadBuilders';
import { podSpecOf } from '../../model/workloads';
import { splitLaneDrops } from './laneReorders';

describe('splitLaneDrops', () => {
  const pod = makePod({
    initContainers: [makeContainer('first'), makeContainer('second')],
    containers: [makeContainer('web')],
    volumes: [{ name: 'cache', emptyDir: {} }],
  });
  const graph = createGraphProjector()({ workload: pod, stale: false, positions: {}, selectedIds: [] });
  const slots = listContainerSlots(podSpecOf(pod));

  it('turns the drop of an init container into a new run position, and keeps other drops as moves', () => {
    const { reorders, moves } = splitLaneDrops(
      { 'container:second': { x: 36, y: 0 }, 'container:web': { x: 700, y: 300 }, 'volume:cache': { x: 40, y: 500 } },
      slots,
      graph.nodes,
    );
    expect(reorders).toEqual([{ name: 'second', toIndex: 0 }]);
    expect(moves).toEqual({ 'container:web': { x: 700, y: 300 }, 'volume:cache': { x: 40, y: 500 } });
  });
});
