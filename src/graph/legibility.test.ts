import { describe, expect, it } from 'vitest';
import { generateBigPodManifest } from '../validate/fixtures/generateBigPod';
import { listWorkloads } from '../model/workloads';
import { containerNameSize } from './canvasMetrics';
import { designSamples } from './fixtures/designSamples';
import { fittedZoom, layoutPaneFor, TARGET_PANES } from './fitZoom';
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

/** The graph as the canvas lays it out for a pane of that size. */
const project = (
  sample: { workload: Parameters<ReturnType<typeof createGraphProjector>>[0]['workload'] },
  pane: { width: number; height: number },
) =>
  createGraphProjector()({
    workload: sample.workload,
    stale: false,
    positions: {},
    selectedIds: [],
    pane: layoutPaneFor(pane.width, pane.height),
  });

describe('container names are readable after fit view', () => {
  for (const sample of designSamples()) {
    it(`${sample.name}: at least 11 px on a 790×800 pane (1440×900) and 10 px on 640×700 (1280×800)`, () => {
      const { desktop, projector } = TARGET_PANES;
      expect(nameSizeAfterFit(project(sample, desktop), desktop)).toBeGreaterThanOrEqual(11);
      expect(nameSizeAfterFit(project(sample, projector), projector)).toBeGreaterThanOrEqual(10);
    });
  }

  it('the 40-container pod shows every name at 7 px or more on either pane', () => {
    const workload = listWorkloads(generateBigPodManifest({ containers: 40, volumes: 60 }))[0]!.object;
    for (const pane of Object.values(TARGET_PANES)) {
      const graph = project({ workload }, pane);
      expect(graph.nodes.filter((node) => node.type === 'container')).toHaveLength(40);
      expect(nameSizeAfterFit(graph, pane)).toBeGreaterThanOrEqual(7);
    }
  });

  it('fills the shape of the canvas: a wide pane gets a wider grid than a tall one', () => {
    const sample = designSamples().find((candidate) => candidate.name === 'e2e fixture canvas-showcase.yaml')!;
    const width = (pane: { width: number; height: number }) =>
      project(sample, pane).nodes.find((node) => node.type === 'pod')!.width!;
    expect(width({ width: 1400, height: 600 })).toBeGreaterThan(width({ width: 400, height: 900 }));
  });
});
