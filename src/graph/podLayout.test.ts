import { describe, expect, it } from 'vitest';
import { fittedZoom } from './fitZoom';
import { type LayoutInput, layoutPod } from './podLayout';

const oneOfEach: LayoutInput = {
  density: 'regular',
  lanes: { init: [140], sidecar: [160], app: [150] },
  volumes: [],
  references: 0,
};

describe('layoutPod', () => {
  it('puts lanes side by side on a wide canvas, in start order', () => {
    const layout = layoutPod({ ...oneOfEach, pane: { width: 1400, height: 500 } });
    const { init, sidecar, app } = layout.lanes;
    expect([init.y, sidecar.y]).toEqual([app.y, app.y]);
    expect(init.x).toBeLessThan(sidecar.x);
    expect(sidecar.x + sidecar.width).toBeLessThanOrEqual(app.x);
    // Each container sits inside its own lane.
    for (const lane of [init, sidecar, app]) {
      const cell = lane.cells[0]!;
      expect(cell.x).toBeGreaterThanOrEqual(lane.x);
      expect(cell.x + cell.width).toBeLessThanOrEqual(lane.x + lane.width);
    }
  });

  it('stacks lanes on a tall canvas, where that shows the containers larger', () => {
    const pane = { width: 500, height: 1400 };
    const layout = layoutPod({ ...oneOfEach, pane });
    const { init, sidecar, app } = layout.lanes;
    expect(init.y).toBeLessThan(sidecar.y);
    expect(sidecar.y).toBeLessThan(app.y);
    expect(init.x).toBe(app.x);
    expect(fittedZoom(layout.bounds, pane)).toBeGreaterThan(0.5);
  });

  it('keeps an empty lane a slim strip above the lanes side by side', () => {
    const layout = layoutPod({
      ...oneOfEach,
      lanes: { init: [140], sidecar: [], app: [150, 150] },
      pane: { width: 1600, height: 450 },
    });
    const { init, sidecar, app } = layout.lanes;
    expect(sidecar.empty).toBe(true);
    expect(init.y).toBe(app.y);
    expect(sidecar.y + sidecar.height).toBeLessThan(app.y);
    expect(sidecar.width).toBeGreaterThanOrEqual(app.x + app.width - init.x);
  });

  it('chooses the layout that shows the names largest after fit view', () => {
    for (const pane of [
      { width: 1400, height: 500 },
      { width: 700, height: 700 },
      { width: 500, height: 1400 },
    ]) {
      const chosen = fittedZoom(layoutPod({ ...oneOfEach, pane }).bounds, pane);
      // No arrangement beats it: a one-column stack is always among the candidates.
      const stacked = layoutPod({ ...oneOfEach, pane: { width: 300, height: 3000 } });
      expect(chosen).toBeGreaterThanOrEqual(fittedZoom(stacked.bounds, pane) - 1e-9);
    }
  });
});
