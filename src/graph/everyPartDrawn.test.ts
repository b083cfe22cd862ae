import { describe, expect, it } from 'vitest';
import { listClaimTemplates } from '../model/claimTemplates';
import { listContainerSlots } from '../model/containers';
import { claimEntityId, containerEntityId, volumeEntityId } from '../model/entityId';
import { listVolumes } from '../model/volumes';
import { podSpecOf } from '../model/workloads';
import { designSamples } from './fixtures/designSamples';
import type { OutlineItem } from './podOutline';
import { podOutline } from './podOutline';
import { createGraphProjector } from './projectGraph';

const outlineIds = (items: readonly OutlineItem[]): string[] =>
  items.flatMap((item) => [...(item.entityId ? [item.entityId] : []), ...outlineIds(item.children)]);

describe('every part of the pod is drawn', () => {
  for (const sample of designSamples()) {
    it(`${sample.name}: each container, volume and claim template has a node; each outline entry a node or an edge`, () => {
      const graph = createGraphProjector()({
        workload: sample.workload,
        stale: false,
        positions: {},
        selectedIds: [],
        definedObjects: sample.definedObjects,
      });
      const nodeIds = graph.nodes.map((node) => node.id);
      const drawn = new Set([...nodeIds, ...graph.edges.map((edge) => edge.id)]);
      expect(new Set(nodeIds).size).toBe(nodeIds.length);
      const podSpec = podSpecOf(sample.workload);
      for (const slot of listContainerSlots(podSpec))
        expect(nodeIds).toContain(containerEntityId(slot.name, slot.occurrence));
      for (const volume of listVolumes(podSpec))
        expect(nodeIds).toContain(volumeEntityId(volume.name, volume.occurrence));
      for (const template of listClaimTemplates(sample.workload))
        expect(nodeIds).toContain(claimEntityId(template.name, template.occurrence));
      for (const id of outlineIds(podOutline(sample.workload))) expect(drawn).toContain(id);
    });
  }

  it('draws two containers of the same name, and a name mounted with no volume', () => {
    const rejected = designSamples().find((sample) => sample.name === 'exercise fix-rejected-pod')!;
    const graph = createGraphProjector()({ workload: rejected.workload, stale: false, positions: {}, selectedIds: [] });
    expect(graph.nodes.filter((node) => node.type === 'container').map((node) => node.id)).toEqual([
      'container:web',
      'container#2:web',
    ]);
    expect(graph.nodes.find((node) => node.id === 'volume:html')?.data).toMatchObject({ source: 'missing' });
    expect(
      graph.edges.filter((edge) => edge.type === 'mount').map((edge) => `${edge.source} -> ${edge.target}`),
    ).toEqual(['volume:html -> container:web', 'volume:html -> container#2:web']);
  });
});
