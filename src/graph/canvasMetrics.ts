/**
 * The canvas's type scale and box metrics, in canvas pixels: one table read by the layout (node
 * sizes, mount rows), the node components (as CSS custom properties, so CSS and layout agree) and
 * the SVG export. Two densities: `regular` for pods of up to a dozen containers, `compact` for
 * bigger ones, whose nodes must be small enough to fit the whole pod on screen.
 */
export type Density = 'regular' | 'compact';

/** Pods with more containers than this are drawn compact. */
export const COMPACT_ABOVE_CONTAINERS = 12;

/**
 * Level of detail by zoom: `summary` (name, role and finding badges, the name larger) below
 * `DETAIL_ZOOM`, `detail` (image, ports, probes, resources, mounts, actions) from there on. At
 * 0.62 a detail name (18 px) still renders at 11 px on screen, the least a laptop promises; below
 * it the details would be under 7.5 px, too small to read, so they give their room to the name.
 */
export type DetailLevel = 'summary' | 'detail';
export const DETAIL_ZOOM = 0.62;

export const detailLevelAt = (zoom: number): DetailLevel => (zoom < DETAIL_ZOOM ? 'summary' : 'detail');

interface ContainerMetrics {
  readonly width: number;
  readonly paddingX: number;
  readonly paddingY: number;
  /** Font sizes: name first and largest, then the image, then details. */
  readonly roleSize: number;
  readonly nameSize: number;
  /** The name in the summary level, where the details give it their room. */
  readonly summaryNameSize: number;
  readonly imageSize: number;
  readonly detailSize: number;
  /** Line boxes, so the layout knows each section's height before the browser draws it. */
  readonly roleLine: number;
  readonly nameLine: number;
  readonly imageLine: number;
  readonly detailLine: number;
  readonly mountLine: number;
  readonly actionsHeight: number;
  readonly gap: number;
  /** Most lines a name wraps to (then it is cut with an ellipsis). */
  readonly maxNameLines: number;
  /** Most lines an image reference wraps to. */
  readonly maxImageLines: number;
}

interface BoxMetrics {
  readonly width: number;
  /** With a name of one line; a long name takes a second line of `nameLine`. */
  readonly height: number;
  readonly nameSize: number;
  readonly nameLine: number;
  readonly detailSize: number;
}

export interface CanvasMetrics {
  readonly container: ContainerMetrics;
  readonly volume: BoxMetrics;
  readonly reference: BoxMetrics;
  readonly pod: { readonly padding: number; readonly header: number; readonly nameSize: number };
  readonly lane: {
    readonly header: number;
    readonly titleSize: number;
    /** Height of an empty lane: a slim labelled drop target. */
    readonly slim: number;
    /** Height of the drop cell an empty lane opens while a matching palette item is dragged. */
    readonly dropCell: number;
    readonly paddingLeft: number;
    readonly paddingBottom: number;
    /** Between container columns: mount edges run here, so it holds a few parallel lines. */
    readonly gutter: number;
    readonly rowGap: number;
    readonly gap: number;
  };
  readonly shelf: {
    /** Between the lanes and the shelf: mount edges run along it to their container's gutter. */
    readonly channel: number;
    readonly header: number;
    readonly groupHeader: number;
    readonly columnGap: number;
    readonly rowGap: number;
    readonly groupGap: number;
  };
  readonly references: { readonly distance: number; readonly columnGap: number; readonly rowGap: number };
}

export const CANVAS_METRICS: Readonly<Record<Density, CanvasMetrics>> = {
  regular: {
    container: {
      width: 248,
      paddingX: 12,
      paddingY: 9,
      roleSize: 11,
      nameSize: 18,
      summaryNameSize: 24,
      imageSize: 12.5,
      detailSize: 12,
      roleLine: 15,
      nameLine: 23,
      imageLine: 17,
      detailLine: 18,
      mountLine: 21,
      actionsHeight: 31,
      gap: 4,
      maxNameLines: 2,
      maxImageLines: 3,
    },
    volume: { width: 196, height: 52, nameSize: 15, nameLine: 19, detailSize: 12 },
    reference: { width: 212, height: 48, nameSize: 15, nameLine: 19, detailSize: 11.5 },
    pod: { padding: 16, header: 52, nameSize: 22 },
    lane: {
      header: 26,
      titleSize: 12,
      slim: 32,
      dropCell: 96,
      paddingLeft: 12,
      paddingBottom: 12,
      gutter: 32,
      rowGap: 24,
      gap: 10,
    },
    shelf: { channel: 30, header: 24, groupHeader: 20, columnGap: 16, rowGap: 14, groupGap: 28 },
    references: { distance: 56, columnGap: 16, rowGap: 12 },
  },
  compact: {
    container: {
      width: 196,
      paddingX: 10,
      paddingY: 7,
      roleSize: 10.5,
      nameSize: 16,
      summaryNameSize: 22,
      imageSize: 11,
      detailSize: 11,
      roleLine: 14,
      nameLine: 20,
      imageLine: 15,
      detailLine: 15,
      mountLine: 0,
      actionsHeight: 0,
      gap: 2,
      maxNameLines: 1,
      maxImageLines: 1,
    },
    volume: { width: 168, height: 44, nameSize: 14, nameLine: 18, detailSize: 11 },
    reference: { width: 184, height: 42, nameSize: 14, nameLine: 18, detailSize: 11 },
    pod: { padding: 16, header: 52, nameSize: 22 },
    lane: {
      header: 24,
      titleSize: 12,
      slim: 30,
      dropCell: 80,
      paddingLeft: 10,
      paddingBottom: 10,
      gutter: 24,
      rowGap: 16,
      gap: 8,
    },
    shelf: { channel: 24, header: 24, groupHeader: 20, columnGap: 12, rowGap: 10, groupGap: 20 },
    references: { distance: 48, columnGap: 12, rowGap: 10 },
  },
};

/** The density a pod of `containerCount` containers is drawn in. */
export const densityFor = (containerCount: number): Density =>
  containerCount > COMPACT_ABOVE_CONTAINERS ? 'compact' : 'regular';

/** The font size a container's name renders at on the canvas, at a zoom (its level of detail). */
export function containerNameSize(density: Density, zoom: number): number {
  const metrics = CANVAS_METRICS[density].container;
  return detailLevelAt(zoom) === 'summary' ? metrics.summaryNameSize : metrics.nameSize;
}

/**
 * The least zoom at which container names render at `px` screen pixels or more, with the level
 * of detail that zoom shows (a summary name is larger, but only below DETAIL_ZOOM).
 * @example minZoomForNameSize('regular', 16) // 16 / 18: a detail name of 18 px
 */
export function minZoomForNameSize(density: Density, px: number): number {
  const metrics = CANVAS_METRICS[density].container;
  const summaryZoom = px / metrics.summaryNameSize;
  return summaryZoom < DETAIL_ZOOM ? summaryZoom : Math.max(DETAIL_ZOOM, px / metrics.nameSize);
}
