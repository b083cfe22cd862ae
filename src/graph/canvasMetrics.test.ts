import { describe, expect, it } from 'vitest';
import { containerNameSize, DETAIL_ZOOM, minZoomForNameSize } from './canvasMetrics';

describe('minZoomForNameSize', () => {
  it('is the least zoom at which a name renders at that size, with the level of detail it shows', () => {
    for (const density of ['regular', 'compact'] as const)
      for (const px of [7, 10, 11, 16, 20]) {
        const zoom = minZoomForNameSize(density, px);
        expect(containerNameSize(density, zoom) * zoom).toBeGreaterThanOrEqual(px - 1e-9);
        // A little less zoom is not enough.
        const less = zoom * 0.99;
        expect(containerNameSize(density, less) * less).toBeLessThan(px);
      }
  });

  it('for a projector name (16 px) needs the detail level, where names are smaller than in the summary', () => {
    expect(minZoomForNameSize('regular', 16)).toBeGreaterThanOrEqual(DETAIL_ZOOM);
  });
});
