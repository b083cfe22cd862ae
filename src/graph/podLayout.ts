import { CANVAS_METRICS, type Density } from './canvasMetrics';
import { fittedZoom, LAYOUT_PANE, type PaneSize } from './fitZoom';
import { VOLUME_GROUPS, type VolumeGroup } from './volumeGroups';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type LaneName = 'init' | 'sidecar' | 'app';

/** The lanes top to bottom, in the order their containers start. */
export const LANE_ORDER: readonly LaneName[] = ['init', 'sidecar', 'app'];

export interface LaneLayout extends Box {
  /** Top-left of each container cell, in run order (a grid filled row by row). */
  readonly cells: readonly Box[];
  /** No container: a slim drop target, or an open drop cell while a matching item is dragged. */
  readonly empty: boolean;
  readonly open: boolean;
}

export interface ShelfGroupLayout {
  readonly group: VolumeGroup;
  readonly title: string;
  /** Where the group's heading sits; its volumes follow below it. */
  readonly x: number;
  readonly y: number;
}

export interface LayoutInput {
  readonly density: Density;
  /** Heights of each lane's container nodes, in run order. */
  readonly lanes: Readonly<Record<LaneName, readonly number[]>>;
  /** Each volume's shelf group and node height, in the order they appear within a group. */
  readonly volumes: readonly { readonly group: VolumeGroup; readonly height: number }[];
  readonly references: number;
  /** The lane a dragged palette item would land in: it opens a drop cell when empty. */
  readonly openLane?: LaneName | null;
  /** The shape of canvas to fill (the grid width is chosen for it); the projector's by default. */
  readonly pane?: PaneSize;
}

/** Everything relative to the pod box's top-left corner. */
export interface PodLayout {
  readonly pod: Box;
  readonly columns: number;
  readonly lanes: Readonly<Record<LaneName, LaneLayout>>;
  /** Top of the channel between the lanes and the shelf, where mount edges run sideways. */
  readonly channelTop: number;
  readonly shelf: Box | null;
  readonly groups: readonly ShelfGroupLayout[];
  /** Each volume's box, in the order of `LayoutInput.volumes`. */
  readonly volumes: readonly Box[];
  readonly references: readonly Box[];
  /** The pod and the outside objects together: what "fit view" frames. */
  readonly bounds: Box;
}

/** The widest grid the layout tries (columns of containers). */
const MAX_COLUMNS = 10;

/**
 * The automatic layout: the pod box holds its lanes in start order (init containers, native
 * sidecars, app containers), top to bottom or, on a wide canvas, side by side; each lane is a grid
 * of containers in run order; an empty lane is a slim labelled strip. Under them a shelf of
 * volumes grouped by kind, and the outside objects the pod uses stand in columns to its right. The
 * arrangement and the number of grid columns are chosen so the whole picture fills the canvas's
 * shape best (names as large as possible after "fit view").
 * Deterministic, so a reload or an undo lays out the same way.
 */
export function layoutPod(input: LayoutInput): PodLayout {
  const widest = Math.max(1, ...LANE_ORDER.map((lane) => input.lanes[lane].length));
  const filledLanes = LANE_ORDER.filter((lane) => input.lanes[lane].length > 0).length;
  const arrangements: readonly LaneArrangement[] = filledLanes > 1 ? ['stacked', 'across'] : ['stacked'];
  // The shape is chosen without the lane a dragged item opens: a drag only opens that lane, it
  // never re-arranges the pod under the pointer.
  const settled = { ...input, openLane: null };
  let best: { columns: number; arrangement: LaneArrangement } = { columns: 1, arrangement: 'stacked' };
  let bestZoom = -1;
  for (const arrangement of arrangements)
    for (let columns = 1; columns <= Math.min(MAX_COLUMNS, Math.max(widest, 2)); columns++) {
      const zoom = fittedZoom(layoutWithColumns(settled, columns, arrangement).bounds, input.pane ?? LAYOUT_PANE);
      // A wider grid, or lanes side by side, must earn their place: ties keep the simpler layout.
      if (zoom > bestZoom + 1e-6) {
        best = { columns, arrangement };
        bestZoom = zoom;
      }
    }
  return layoutWithColumns(input, best.columns, best.arrangement);
}

/**
 * `stacked`: lanes top to bottom, each as wide as the pod. `across`: the lanes that hold
 * containers side by side in start order (a wide canvas with a few containers per lane), under the
 * slim strips of the empty ones.
 */
type LaneArrangement = 'stacked' | 'across';

/** A lane's container grid: each cell's offset from the lane's top-left, and the grid's size. */
function laneGrid(
  heights: readonly number[],
  columns: number,
  metrics: (typeof CANVAS_METRICS)[Density],
): { cells: Box[]; width: number; height: number } {
  const lane = metrics.lane;
  const cellWidth = metrics.container.width;
  const used = Math.max(1, Math.min(columns, heights.length));
  const cells: Box[] = [];
  let rowTop = lane.header;
  for (let start = 0; start < heights.length; start += columns) {
    const row = heights.slice(start, start + columns);
    row.forEach((cellHeight, column) => {
      cells.push({
        x: lane.paddingLeft + column * (cellWidth + lane.gutter),
        y: rowTop,
        width: cellWidth,
        height: cellHeight,
      });
    });
    rowTop += Math.max(...row) + lane.rowGap;
  }
  return {
    cells,
    width: lane.paddingLeft + used * cellWidth + (used - 1) * lane.gutter + lane.gutter,
    height: rowTop - lane.rowGap + lane.paddingBottom,
  };
}

function layoutWithColumns(input: LayoutInput, columns: number, arrangement: LaneArrangement): PodLayout {
  const metrics = CANVAS_METRICS[input.density];
  const { padding, header } = metrics.pod;
  const lane = metrics.lane;
  const grids = Object.fromEntries(
    LANE_ORDER.map((name) => [name, laneGrid(input.lanes[name], columns, metrics)]),
  ) as Record<LaneName, ReturnType<typeof laneGrid>>;
  const filled = LANE_ORDER.filter((name) => input.lanes[name].length > 0);
  const acrossWidth = filled.reduce((sum, name) => sum + grids[name].width, 0) + (filled.length - 1) * lane.gap;
  const lanesWidth =
    arrangement === 'across'
      ? acrossWidth
      : lane.paddingLeft + columns * metrics.container.width + (columns - 1) * lane.gutter + lane.gutter;
  // Wide enough for two volumes side by side and the pod's title.
  const innerWidth = Math.max(lanesWidth, lane.paddingLeft + 2 * metrics.volume.width + metrics.shelf.groupGap + 8);

  const lanes = {} as Record<LaneName, LaneLayout>;
  const place = (name: LaneName, x: number, y: number, width: number, height: number): void => {
    const cells = grids[name].cells.map((cell) => ({ ...cell, x: x + cell.x, y: y + cell.y }));
    const open = input.openLane === name;
    lanes[name] = { x, y, width, height, cells, empty: input.lanes[name].length === 0, open };
  };
  const emptyHeight = (name: LaneName) =>
    input.openLane === name ? lane.header + lane.dropCell + lane.paddingBottom : lane.slim;
  let y = header;
  if (arrangement === 'across') {
    for (const name of LANE_ORDER.filter((entry) => !filled.includes(entry))) {
      place(name, padding, y, innerWidth, emptyHeight(name));
      y += emptyHeight(name) + lane.gap;
    }
    const rowHeight = Math.max(...filled.map((name) => grids[name].height));
    let x = padding;
    for (const [index, name] of filled.entries()) {
      // The last lane takes what is left of the pod's width.
      const width = index === filled.length - 1 ? padding + innerWidth - x : grids[name].width;
      place(name, x, y, width, rowHeight);
      x += width + lane.gap;
    }
    y += rowHeight + lane.gap;
  } else {
    for (const name of LANE_ORDER) {
      const height = input.lanes[name].length === 0 ? emptyHeight(name) : grids[name].height;
      place(name, padding, y, innerWidth, height);
      y += height + lane.gap;
    }
  }
  const lanesBottom = y - lane.gap;

  const shelfLayout = layoutShelf(input, padding + lane.paddingLeft, lanesBottom + metrics.shelf.channel, innerWidth);
  const podWidth = innerWidth + 2 * padding;
  const podHeight = (shelfLayout ? shelfLayout.box.y + shelfLayout.box.height : lanesBottom) + padding;

  const references = layoutReferences(input, podWidth, podHeight);
  const right = Math.max(podWidth, ...references.map((box) => box.x + box.width));
  const bottom = Math.max(podHeight, ...references.map((box) => box.y + box.height));
  return {
    pod: { x: 0, y: 0, width: podWidth, height: podHeight },
    columns,
    lanes,
    channelTop: lanesBottom,
    shelf: shelfLayout?.box ?? null,
    groups: shelfLayout?.groups ?? [],
    volumes: shelfLayout?.volumes ?? [],
    references,
    bounds: { x: 0, y: 0, width: right, height: bottom },
  };
}

/**
 * The volume shelf: a heading, then one block per kind of volume (its own heading and a grid),
 * blocks side by side while they fit the pod's width, wrapping to a new band below otherwise.
 */
function layoutShelf(
  input: LayoutInput,
  left: number,
  top: number,
  innerWidth: number,
): { box: Box; groups: ShelfGroupLayout[]; volumes: Box[] } | null {
  if (input.volumes.length === 0) return null;
  const metrics = CANVAS_METRICS[input.density];
  const volumeWidth = metrics.volume.width;
  const shelf = metrics.shelf;
  const available = innerWidth - (left - metrics.pod.padding);
  const perRow = Math.max(1, Math.floor((available + shelf.columnGap) / (volumeWidth + shelf.columnGap)));
  const volumes: Box[] = new Array(input.volumes.length);
  const groups: ShelfGroupLayout[] = [];
  let x = left;
  let bandTop = top + shelf.header;
  let bandHeight = 0;
  for (const { group, title } of VOLUME_GROUPS) {
    const members = input.volumes.flatMap((volume, index) => (volume.group === group ? [index] : []));
    if (members.length === 0) continue;
    const span = Math.min(members.length, perRow);
    const blockWidth = span * volumeWidth + (span - 1) * shelf.columnGap;
    if (x > left && x + blockWidth > left + available) {
      x = left;
      bandTop += bandHeight + shelf.rowGap;
      bandHeight = 0;
    }
    groups.push({ group, title, x, y: bandTop });
    // Rows of the group's grid, each as tall as its tallest volume.
    let rowTop = bandTop + shelf.groupHeader;
    for (let start = 0; start < members.length; start += span) {
      const row = members.slice(start, start + span);
      row.forEach((volumeIndex, column) => {
        volumes[volumeIndex] = {
          x: x + column * (volumeWidth + shelf.columnGap),
          y: rowTop,
          width: volumeWidth,
          height: input.volumes[volumeIndex]!.height,
        };
      });
      rowTop += Math.max(...row.map((volumeIndex) => input.volumes[volumeIndex]!.height)) + shelf.rowGap;
    }
    bandHeight = Math.max(bandHeight, rowTop - shelf.rowGap - bandTop);
    x += blockWidth + shelf.groupGap;
  }
  const bottom = bandTop + bandHeight;
  return { box: { x: left, y: top, width: available, height: bottom - top }, groups, volumes };
}

/** Outside objects: columns right of the pod, as tall as the pod, starting level with its lanes. */
function layoutReferences(input: LayoutInput, podWidth: number, podHeight: number): Box[] {
  const metrics = CANVAS_METRICS[input.density];
  const { width, height } = metrics.reference;
  const { distance, columnGap, rowGap } = metrics.references;
  const top = metrics.pod.header;
  const perColumn = Math.max(1, Math.floor((podHeight - top + rowGap) / (height + rowGap)));
  return Array.from({ length: input.references }, (_, index) => ({
    x: podWidth + distance + Math.floor(index / perColumn) * (width + columnGap),
    y: top + (index % perColumn) * (height + rowGap),
    width,
    height,
  }));
}
