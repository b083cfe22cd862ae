import { describe, expect, it } from 'vitest';
import { generateBigPodManifest } from '../validate/fixtures/generateBigPod';
import { listWorkloads } from '../model/workloads';
import { containerNameSize } from './canvasMetrics';
import { designSamples } from './fixtures/designSamples';
import { fittedZoom, TARGET_PANES } from './fitZoom';
import type { DesignerGraph, PodNode } from './graphTypes';
import { createGraphProjector } from './projectGraph';

/** What "fit view" frames: every node, children placed inside their parent. */
function bounds(graph: DesignerGraph): { width: number; height: number } {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of graph.nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const x = node.position.x + (parent?.position.x ?? 0);
    const y = node.position.y + (parent?.position.y ?? 0);
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (node.width ?? 0));
    bottom = Math.max(bottom, y + (node.height ?? 0));
  }
  return { width: right - left, height: bottom - top };
}

/** On-screen size of container names after "fit view" on a pane: font size at that zoom × zoom. */
function nameSizeAfterFit(graph: DesignerGraph, pane: { width: number; height: number }): number {
  const zoom = fittedZoom(bounds(graph), pane);
  const density = (graph.nodes[0] as PodNode).data.density;
  return containerNameSize(density, zoom) * zoom;
}

const project = (sample: { workload: Parameters<ReturnType<typeof createGraphProjector>>[0]['workload'] }) =>
  createGraphProjector()({ workload: sample.workload, stale: false, positions: {}, selectedIds: [] });

describe('container names are readable after fit view', () => {
  for (const sample of designSamples()) {
    it(`${sample.name}: at least 11 px on a 790×800 pane (1440×900) and 10 px on 640×700 (1280×800)`, () => {
      const graph = project(sample);
      expect(nameSizeAfterFit(graph, TARGET_PANES.desktop)).toBeGreaterThanOrEqual(11);
      expect(nameSizeAfterFit(graph, TARGET_PANES.projector)).toBeGreaterThanOrEqual(10);
    });
  }

  it('the 40-container pod shows every name at 7 px or more on either pane', () => {
    const workload = listWorkloads(generateBigPodManifest({ containers: 40, volumes: 60 }))[0]!.object;
    const graph = project({ workload });
    expect(graph.nodes.filter((node) => node.type === 'container')).toHaveLength(40);
    expect(nameSizeAfterFit(graph, TARGET_PANES.desktop)).toBeGreaterThanOrEqual(7);
    expect(nameSizeAfterFit(graph, TARGET_PANES.projector)).toBeGreaterThanOrEqual(7);
  });
});
