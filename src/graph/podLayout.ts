import type { ContainerSlot } from '../model/containers';
import type { VolumeEntry } from '../model/volumes';

/** Sizes of the automatic layout, in canvas pixels. */
export const LAYOUT = {
  containerWidth: 260,
  containerHeight: 132,
  volumeWidth: 200,
  volumeHeight: 64,
  gap: 24,
  podPadding: 24,
  podHeader: 56,
  laneHeader: 28,
  laneGap: 32,
} as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type LaneName = 'init' | 'sidecar' | 'app';

export interface PodLayout {
  readonly pod: Box;
  readonly lanes: Readonly<Record<LaneName, Box>>;
  /** Position of each container and volume, relative to the pod box. */
  readonly containers: ReadonlyMap<string, { x: number; y: number }>;
  readonly volumes: ReadonlyMap<string, { x: number; y: number }>;
}

/**
 * The automatic layout: three lanes left to right in the order things start (init containers,
 * then native sidecars, then app containers), each a column in run order, and the volumes on a
 * shelf under them. Deterministic, so a reload or an undo lays out the same way. `heightOf` gives
 * the measured height of a container node when known, so tall nodes do not overlap the next one.
 */
export function layoutPod(
  containers: readonly ContainerSlot[],
  volumes: readonly VolumeEntry[],
  heightOf?: (name: string) => number | undefined,
): PodLayout {
  const { containerWidth, containerHeight, gap, podPadding, podHeader, laneHeader, laneGap } = LAYOUT;
  const byLane: Record<LaneName, ContainerSlot[]> = { init: [], sidecar: [], app: [] };
  for (const slot of containers) byLane[slot.role].push(slot);
  const laneOrder: LaneName[] = ['init', 'sidecar', 'app'];
  const positions = new Map<string, { x: number; y: number }>();
  const lanes = {} as Record<LaneName, Box>;
  let x = podPadding;
  let tallest = 0;
  for (const lane of laneOrder) {
    const items = byLane[lane];
    let y = podHeader + laneHeader;
    for (const slot of items) {
      positions.set(slot.name, { x: x + gap / 2, y });
      y += Math.max(containerHeight, heightOf?.(slot.name) ?? 0) + gap;
    }
    const height = Math.max(laneHeader + containerHeight + gap, y - podHeader);
    lanes[lane] = { x, y: podHeader, width: containerWidth + gap, height };
    tallest = Math.max(tallest, height);
    x += containerWidth + gap + laneGap;
  }
  const lanesWidth = x - laneGap + podPadding - podPadding;
  const shelfTop = podHeader + tallest + gap;
  const perRow = Math.max(1, Math.floor((lanesWidth - podPadding) / (LAYOUT.volumeWidth + gap)));
  const volumePositions = new Map<string, { x: number; y: number }>();
  volumes.forEach((volume, index) => {
    const row = Math.floor(index / perRow);
    const column = index % perRow;
    volumePositions.set(volume.name, {
      x: podPadding + column * (LAYOUT.volumeWidth + gap),
      y: shelfTop + laneHeader + row * (LAYOUT.volumeHeight + gap),
    });
  });
  const rows = Math.ceil(volumes.length / perRow);
  const shelfHeight = volumes.length === 0 ? 0 : laneHeader + rows * (LAYOUT.volumeHeight + gap);
  const width = lanesWidth + podPadding;
  const height = shelfTop + shelfHeight + podPadding;
  for (const lane of laneOrder) lanes[lane] = { ...lanes[lane], height: tallest };
  return { pod: { x: 0, y: 0, width, height }, lanes, containers: positions, volumes: volumePositions };
}
