import { CANVAS_METRICS, type Density } from './canvasMetrics';
import type { EdgeRoute } from './graphTypes';
import type { Box } from './podLayout';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where the automatic layout leaves room for edges (canvas coordinates). */
export interface RoutingSpace {
  readonly density: Density;
  readonly pod: Box;
  /** Top of the channel between the lanes and the volume shelf. */
  readonly channelTop: number;
}

/** Parallel lines in one channel or gutter stand this far apart. */
const TRACK_SPACING = 5;

/**
 * The route of a volume mount, as corner points: out of the volume's right side into the gutter
 * beside it, up to the channel above the shelf, along it to the gutter right of the container, up
 * that gutter to the mount's row and into the container's side. Gutters and channels hold no
 * text, so the line crosses no node; `track` spreads lines of different volumes apart. When the
 * user moved either end, a plain three-bend route to the container's side.
 */
export function mountRoute(
  volume: Box,
  container: Box,
  rowY: number,
  space: RoutingSpace,
  track: number,
  automatic: boolean,
): Point[] {
  const metrics = CANVAS_METRICS[space.density];
  const start = { x: volume.x + volume.width, y: volume.y + volume.height / 2 };
  const end = { x: container.x + container.width, y: rowY };
  if (!automatic) {
    const side = Math.max(start.x, end.x) + metrics.lane.gutter / 2;
    return [start, { x: side, y: start.y }, { x: side, y: end.y }, end];
  }
  const shelfGutter = start.x + metrics.shelf.columnGap / 2;
  const channelTracks = Math.max(1, Math.floor((metrics.shelf.channel - 8) / TRACK_SPACING));
  const channelY = space.channelTop + 4 + (track % channelTracks) * TRACK_SPACING;
  const gutterTracks = Math.max(1, Math.floor((metrics.lane.gutter - 10) / TRACK_SPACING));
  const gutterX = end.x + 5 + (track % gutterTracks) * TRACK_SPACING;
  return [
    start,
    { x: shelfGutter, y: start.y },
    { x: shelfGutter, y: channelY },
    { x: gutterX, y: channelY },
    { x: gutterX, y: end.y },
    end,
  ];
}

/** What an outside object's line goes to. */
export type ReferenceTarget =
  | { readonly kind: 'container'; readonly box: Box }
  | { readonly kind: 'volume'; readonly box: Box }
  | { readonly kind: 'pod' };

/**
 * The route from an outside object (right of the pod) to what uses it: into the pod's right
 * margin, along the gap above the container's row (below the volume's row) to the gutter beside
 * it, and into its side. The pod itself is reached at its title.
 */
export function referenceRoute(
  reference: Box,
  target: ReferenceTarget,
  space: RoutingSpace,
  automatic: boolean,
): Point[] {
  const metrics = CANVAS_METRICS[space.density];
  const start = { x: reference.x, y: reference.y + reference.height / 2 };
  const podRight = space.pod.x + space.pod.width;
  if (target.kind === 'pod') {
    const end = { x: podRight, y: space.pod.y + metrics.pod.header / 2 };
    const bend = (start.x + end.x) / 2;
    return [start, { x: bend, y: start.y }, { x: bend, y: end.y }, end];
  }
  const box = target.box;
  const end = { x: box.x + box.width, y: target.kind === 'container' ? box.y + 14 : box.y + box.height / 2 + 10 };
  if (!automatic || start.x < podRight) {
    const bend = (start.x + end.x) / 2;
    return [start, { x: bend, y: start.y }, { x: bend, y: end.y }, end];
  }
  const margin = podRight - metrics.pod.padding / 2;
  const gap =
    target.kind === 'container' ? box.y - metrics.lane.rowGap / 2 : box.y + box.height + metrics.shelf.rowGap / 2;
  const gutterX = target.kind === 'container' ? end.x + metrics.lane.gutter - 6 : end.x + metrics.shelf.columnGap - 3;
  return [
    start,
    { x: margin, y: start.y },
    { x: margin, y: gap },
    { x: gutterX, y: gap },
    { x: gutterX, y: end.y },
    end,
  ];
}

/**
 * An SVG path through the points with rounded corners (radius up to `radius`); repeated and
 * in-line points are dropped.
 * @example roundedPath([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }], 4) // "M 0 0 L 6 0 Q 10 0 10 4 L 10 10"
 */
export function roundedPath(points: readonly Point[], radius = 6): string {
  const corners = simplify(points);
  if (corners.length === 0) return '';
  const parts = [`M ${round(corners[0]!.x)} ${round(corners[0]!.y)}`];
  for (let index = 1; index < corners.length - 1; index++) {
    const previous = corners[index - 1]!;
    const corner = corners[index]!;
    const next = corners[index + 1]!;
    const r = Math.min(radius, distance(previous, corner) / 2, distance(corner, next) / 2);
    const before = towards(corner, previous, r);
    const after = towards(corner, next, r);
    parts.push(
      `L ${round(before.x)} ${round(before.y)}`,
      `Q ${round(corner.x)} ${round(corner.y)} ${round(after.x)} ${round(after.y)}`,
    );
  }
  const last = corners[corners.length - 1]!;
  if (corners.length > 1) parts.push(`L ${round(last.x)} ${round(last.y)}`);
  return parts.join(' ');
}

function simplify(points: readonly Point[]): Point[] {
  const distinct = points.filter(
    (point, index) => index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y,
  );
  return distinct.filter((point, index) => {
    if (index === 0 || index === distinct.length - 1) return true;
    const previous = distinct[index - 1]!;
    const next = distinct[index + 1]!;
    return !((previous.x === point.x && point.x === next.x) || (previous.y === point.y && point.y === next.y));
  });
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function towards(from: Point, to: Point, length: number): Point {
  const total = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * length) / total, y: from.y + ((to.y - from.y) * length) / total };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A mount's route as the canvas and the export draw it: corner points and the rounded path. */
export function mountEdgeRoute(...args: Parameters<typeof mountRoute>): EdgeRoute {
  const points = mountRoute(...args);
  return { path: roundedPath(points), points };
}

/** An outside object's route as the canvas and the export draw it. */
export function referenceEdgeRoute(...args: Parameters<typeof referenceRoute>): EdgeRoute {
  const points = referenceRoute(...args);
  return { path: roundedPath(points), points };
}
