import { CANVAS_METRICS } from './canvasMetrics';
import { containerCounts, containerSections } from './containerCard';
import type {
  ContainerNode,
  DesignerGraph,
  DesignerNode,
  LaneNode,
  PodNode,
  ReferenceNode,
  ShelfNode,
  VolumeNode,
} from './graphTypes';
import { type IconNode, POD_ICON, PROBE_ICONS, ROLE_ICONS, referenceIcon, volumeIcon } from './nodeIcons';
import type { Box } from './podLayout';
import { charactersThatFit, estimateTextWidth, REFERENCE_BREAKS, type TextFace, wrapText } from './textWidth';

/** Light-theme colours of the exported diagram (slides are usually light). */
const COLORS = {
  text: '#1b1f24',
  muted: '#57606a',
  border: '#d5d9e0',
  surface: '#ffffff',
  pod: '#326ce5',
  podBg: '#f7f9fe',
  laneBg: '#f1f3f6',
  app: '#326ce5',
  init: '#b35900',
  sidecar: '#7a3fc4',
  volume: '#0f766e',
  volumeBg: '#e6f6f4',
  error: '#c5221f',
  errorBg: '#fdecea',
  ok: '#1a7f37',
  warning: '#9a6700',
  reference: '#57606a',
  referenceBg: '#f6f8fa',
} as const;

const ROLE_COLORS = { app: COLORS.app, init: COLORS.init, sidecar: COLORS.sidecar } as const;
const PROBE_COLORS = { livenessProbe: COLORS.error, readinessProbe: COLORS.ok, startupProbe: COLORS.pod } as const;

const FONTS: Record<TextFace, string> = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  bold: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
};

const MARGIN = 24;

/**
 * The diagram as a standalone SVG document (light theme, no external fonts or images), drawn from
 * the projected graph with the canvas's own layout, routes and icons: the pod box with its lanes,
 * containers (role, name, full image, ports, probes, resources and a row per mount, where the
 * mount's line ends), the volume shelf by kind, the outside objects, and the lines between them,
 * which run in the gutters between nodes. Every text element carries its font size and face, so
 * the drawing can be checked without a browser.
 *
 * @example renderDiagramSvg(createGraphProjector()({ workload, stale: false, positions: {}, selectedIds: [] }))
 */
export function renderDiagramSvg(graph: DesignerGraph, title = 'Pod diagram'): string {
  const boxes = absoluteBoxes(graph.nodes);
  const all = [...boxes.values()];
  const minX = Math.min(0, ...all.map((box) => box.x)) - MARGIN;
  const minY = Math.min(0, ...all.map((box) => box.y)) - MARGIN;
  const maxX = Math.max(320, ...all.map((box) => box.x + box.width)) + MARGIN;
  const maxY = Math.max(120, ...all.map((box) => box.y + box.height)) + MARGIN;
  const width = Math.ceil(maxX - minX);
  const height = Math.ceil(maxY - minY);

  const parts: string[] = [];
  const byType = <T extends DesignerNode['type']>(type: T) =>
    graph.nodes.filter((node): node is Extract<DesignerNode, { type: T }> => node.type === type);
  for (const node of byType('pod')) parts.push(renderPod(node, boxes.get(node.id)!));
  for (const node of byType('lane')) parts.push(renderLane(node, boxes.get(node.id)!));
  for (const node of byType('shelf')) parts.push(renderShelf(node, boxes.get(node.id)!));
  for (const edge of graph.edges) {
    const route = edge.data?.route;
    if (!route) continue;
    const mount = edge.type === 'mount' ? edge.data : null;
    const end = route.points[route.points.length - 1];
    parts.push(
      group(edge.type === 'mount' ? 'mount' : 'reference-edge', [
        `<path d="${route.path}" fill="none" stroke="${mount ? COLORS.volume : COLORS.reference}" stroke-width="${mount ? 2 : 1.5}"${mount?.readOnly ? ' stroke-dasharray="6 4"' : mount ? '' : ' stroke-dasharray="4 4"'}/>`,
        mount && end ? `<circle cx="${round(end.x)}" cy="${round(end.y)}" r="3.5" fill="${COLORS.volume}"/>` : '',
      ]),
    );
  }
  for (const node of byType('container')) parts.push(renderContainer(node, boxes.get(node.id)!));
  for (const node of byType('volume')) parts.push(renderVolume(node, boxes.get(node.id)!));
  for (const node of byType('reference')) parts.push(renderReference(node, boxes.get(node.id)!));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** Each node's box in diagram coordinates (children are placed relative to their parent). */
function absoluteBoxes(nodes: readonly DesignerNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxes = new Map<string, Box>();
  const boxOf = (node: DesignerNode): Box => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const origin = parent ? boxOf(parent) : { x: 0, y: 0 };
    const box = {
      x: origin.x + node.position.x,
      y: origin.y + node.position.y,
      width: node.width ?? 0,
      height: node.height ?? 0,
    };
    boxes.set(node.id, box);
    return box;
  };
  nodes.forEach(boxOf);
  return boxes;
}

function renderPod(node: PodNode, box: Box): string {
  const { name, workloadKind, summary, empty, stale, density } = node.data;
  const metrics = CANVAS_METRICS[density].pod;
  const kindWidth = estimateTextWidth(workloadKind, 12, 'bold') + 16;
  const nameX = box.x + 16 + 22 + 8 + kindWidth + 10;
  const nameWidth = Math.min(box.width - (nameX - box.x) - 16, estimateTextWidth(name, metrics.nameSize, 'bold'));
  return group('pod', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="14" fill="${COLORS.podBg}" stroke="${COLORS.pod}" stroke-width="2"/>`,
    icon(POD_ICON, box.x + 16, box.y + 15, 22, COLORS.pod),
    `<rect x="${box.x + 46}" y="${box.y + 16}" width="${round(kindWidth)}" height="20" rx="10" fill="${COLORS.pod}"/>`,
    text(box.x + 54, box.y + 31, workloadKind, 12, 'bold', kindWidth, { fill: '#ffffff' }),
    text(nameX, box.y + 34, name, metrics.nameSize, 'bold', nameWidth),
    summary
      ? text(nameX + nameWidth + 12, box.y + 33, summary, 13, 'sans', box.x + box.width - (nameX + nameWidth + 28), {
          fill: COLORS.muted,
        })
      : '',
    stale ? text(box.x + 16, box.y + box.height - 8, '⚠ stale: the last valid design', 12, 'sans', box.width - 32) : '',
    empty ? text(box.x + 16, box.y + 90, 'This pod has no containers yet.', 13, 'sans', box.width - 32) : '',
  ]);
}

function renderLane(node: LaneNode, box: Box): string {
  const { title, hint, empty } = node.data;
  const size = CANVAS_METRICS.regular.lane.titleSize;
  // The title stays within the first column: mount lines run up the gutter right of it.
  const room = CANVAS_METRICS.regular.container.width;
  const label = empty ? `${title}: none` : title;
  return group('lane', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="${COLORS.laneBg}"${empty ? ` stroke="${COLORS.border}" stroke-dasharray="5 4"` : ''}/>`,
    text(box.x + 12, box.y + 18, label, size, 'bold', room, {
      fill: COLORS.muted,
      title: hint,
    }),
  ]);
}

function renderShelf(node: ShelfNode, box: Box): string {
  return group('shelf', [
    text(box.x, box.y + 16, 'Volumes', 12, 'bold', 120, { fill: COLORS.muted }),
    ...node.data.groups.map((heading) =>
      text(box.x + heading.x, box.y + heading.y + 14, heading.title, 11.5, 'bold', 180, { fill: COLORS.volume }),
    ),
  ]);
}

function renderContainer(node: ContainerNode, box: Box): string {
  const { role, card, density } = node.data;
  const metrics = CANVAS_METRICS[density].container;
  const color = ROLE_COLORS[role];
  const left = box.x + metrics.paddingX + 2;
  const inner = box.width - 2 * metrics.paddingX - 2;
  // The canvas's role and Duplicate controls have no place in a picture: the box ends above them.
  const height = box.height - (metrics.actionsHeight ? metrics.actionsHeight + metrics.gap : 0);
  const parts = [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${height}" rx="10" fill="${COLORS.surface}" stroke="${COLORS.border}"/>`,
    `<rect x="${box.x}" y="${box.y}" width="5" height="${height}" rx="2.5" fill="${color}"/>`,
  ];
  let y = box.y + metrics.paddingY;
  for (const section of containerSections(card, density)) {
    switch (section.key) {
      case 'role':
        parts.push(icon(ROLE_ICONS[role], left, y, metrics.roleLine - 2, color));
        parts.push(
          text(
            left + metrics.roleLine + 2,
            y + metrics.roleSize,
            card.roleLabel,
            metrics.roleSize,
            'bold',
            inner - 20,
            {
              fill: color,
            },
          ),
        );
        break;
      case 'name':
        parts.push(...lines(left, y, card.name, metrics.nameSize, 'bold', inner, metrics.nameLine, card.nameLines));
        break;
      case 'image':
        parts.push(
          ...lines(
            left,
            y,
            card.image ?? 'no image',
            metrics.imageSize,
            'mono',
            inner,
            metrics.imageLine,
            card.imageLines,
            {
              fill: card.image ? COLORS.text : COLORS.error,
            },
          ),
        );
        break;
      case 'ports':
        parts.push(
          text(left, y + metrics.detailSize + 2, `ports ${card.ports}`, metrics.detailSize, 'sans', inner, {
            fill: COLORS.muted,
          }),
        );
        break;
      case 'probes':
        card.probes.forEach((probe, index) => {
          const rowTop = y + index * metrics.detailLine;
          const labelWidth = estimateTextWidth(probe.label, metrics.detailSize, 'bold');
          parts.push(
            icon(PROBE_ICONS[probe.kind], left, rowTop + 3, 13, PROBE_COLORS[probe.kind]),
            text(left + 18, rowTop + metrics.detailSize + 2, probe.label, metrics.detailSize, 'bold', labelWidth),
            text(
              left + 18 + labelWidth + 5,
              rowTop + metrics.detailSize + 2,
              probe.handler,
              metrics.detailSize - 0.5,
              'mono',
              inner - 23 - labelWidth,
              { fill: COLORS.muted },
            ),
          );
        });
        break;
      case 'resources':
        parts.push(
          text(left, y + metrics.detailSize + 2, card.resources ?? '', metrics.detailSize, 'mono', inner, {
            fill: COLORS.muted,
          }),
        );
        break;
      case 'counts':
        parts.push(
          text(left, y + metrics.detailSize + 2, containerCounts(card), metrics.detailSize, 'sans', inner, {
            fill: COLORS.muted,
          }),
        );
        break;
      case 'mounts':
        card.mounts.forEach((mount, index) => {
          const rowTop = y + index * metrics.mountLine;
          const row = mountRowText(mount, inner - 18, metrics.detailSize);
          parts.push(
            icon(volumeIcon(mount.volumeType), left, rowTop + 4, 13, COLORS.volume),
            text(left + 18, rowTop + metrics.detailSize + 3, row.path, metrics.detailSize, 'mono', row.pathWidth),
            row.tail
              ? text(
                  left + 18 + row.pathWidth + 6,
                  rowTop + metrics.detailSize + 3,
                  row.tail,
                  metrics.detailSize - 1,
                  'sans',
                  row.tailWidth,
                  {
                    fill: COLORS.muted,
                  },
                )
              : '',
          );
        });
        break;
      default:
        break;
    }
    y += section.height + metrics.gap;
  }
  return group(`container ${role}`, parts);
}

/**
 * A mount row: its path first (whole when it fits), then "ro" (read-only) and the volume's name
 * in what room is left, each left out rather than cut.
 */
function mountRowText(
  mount: ContainerNode['data']['card']['mounts'][number],
  width: number,
  fontSize: number,
): { path: string; pathWidth: number; tail: string; tailWidth: number } {
  const path = `${mount.path || '?'}${mount.subPath ? ` (${mount.subPath})` : ''}`;
  const pathWidth = Math.min(width, estimateTextWidth(path, fontSize, 'mono'));
  const room = width - pathWidth - 6;
  const tail = [mount.readOnly ? `ro · ${mount.volume}` : mount.volume, mount.readOnly ? 'ro' : ''].find(
    (candidate) => candidate !== '' && estimateTextWidth(candidate, fontSize - 1, 'sans') <= room,
  );
  return { path, pathWidth, tail: tail ?? '', tailWidth: tail ? room : 0 };
}

function renderVolume(node: VolumeNode, box: Box): string {
  const { name, typeLabel, detail, type, source, density } = node.data;
  const metrics = CANVAS_METRICS[density].volume;
  const missing = source === 'missing';
  const color = missing ? COLORS.error : COLORS.volume;
  const inner = box.width - 44;
  const second =
    source === 'claimTemplate' ? `per replica · ${detail ?? 'claim'}` : detail ? `${typeLabel}: ${detail}` : typeLabel;
  return group('volume', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="${missing ? COLORS.errorBg : COLORS.volumeBg}" stroke="${color}" stroke-width="1.5"${missing || source === 'claimTemplate' ? ' stroke-dasharray="5 3"' : ''}/>`,
    icon(volumeIcon(type), box.x + 10, box.y + box.height / 2 - 10, 20, color),
    text(box.x + 38, box.y + box.height / 2 - 3, name || '(unnamed)', metrics.nameSize, 'bold', inner),
    text(box.x + 38, box.y + box.height / 2 + metrics.detailSize + 1, second, metrics.detailSize, 'sans', inner, {
      fill: missing ? COLORS.error : COLORS.muted,
    }),
  ]);
}

/** An object outside the pod: its kind, name and whether this file defines it. */
function renderReference(node: ReferenceNode, box: Box): string {
  const { kind, name, inThisFile, density } = node.data;
  const metrics = CANVAS_METRICS[density].reference;
  const inner = box.width - 44;
  return group('reference', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8" fill="${COLORS.referenceBg}" stroke="${inThisFile ? COLORS.ok : COLORS.reference}" stroke-width="1.5"${inThisFile ? '' : ' stroke-dasharray="5 3"'}/>`,
    icon(referenceIcon(kind), box.x + 10, box.y + box.height / 2 - 9, 18, COLORS.reference),
    text(
      box.x + 36,
      box.y + 17,
      `${kind} · ${inThisFile ? 'in this file' : 'external'}`,
      metrics.detailSize,
      'sans',
      inner,
      {
        fill: COLORS.muted,
      },
    ),
    text(box.x + 36, box.y + 17 + metrics.nameSize + 3, name, metrics.nameSize, 'bold', inner),
  ]);
}

function group(className: string, children: readonly string[]): string {
  return `<g class="${className}">${children.filter(Boolean).join('')}</g>`;
}

/** A Lucide icon (24×24 stroked paths) scaled to `size` with its top-left corner at (x, y). */
function icon(node: IconNode, x: number, y: number, size: number, color: string): string {
  const shapes = node
    .map(
      ([tag, attributes]) =>
        `<${tag} ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
          .join(' ')}/>`,
    )
    .join('');
  return `<g transform="translate(${round(x)} ${round(y)}) scale(${round(size / 24)})" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${shapes}</g>`;
}

interface TextStyle {
  readonly fill?: string;
  readonly title?: string;
}

/** A line of text at baseline (x, y), shortened with an ellipsis to fit `maxWidth`. */
function text(
  x: number,
  y: number,
  content: string,
  fontSize: number,
  face: TextFace,
  maxWidth: number,
  style: TextStyle = {},
): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${fontSize}"`,
    `font-family="${FONTS[face]}"`,
    face === 'bold' ? 'font-weight="700"' : '',
    face === 'mono' ? 'class="mono"' : '',
    `fill="${style.fill ?? COLORS.text}"`,
  ].filter(Boolean);
  const title = style.title ? `<title>${escapeXml(style.title)}</title>` : '';
  return `<text ${attributes.join(' ')}>${title}${escapeXml(fitText(content, maxWidth, fontSize, face))}</text>`;
}

/**
 * Text broken into up to `maxLines` lines of `width`, each a <text> (an image reference after its
 * separators, a name anywhere); the font shrinks when the whole text would not fit.
 */
function lines(
  x: number,
  top: number,
  content: string,
  fontSize: number,
  face: TextFace,
  width: number,
  lineHeight: number,
  maxLines: number,
  style: TextStyle = {},
): string[] {
  const wrap = (size: number) =>
    wrapText(content, charactersThatFit(width, size, face), face === 'mono' ? REFERENCE_BREAKS : new Set());
  let size = fontSize;
  while (wrap(size).length > maxLines && size > 6) size -= 0.5;
  return wrap(size)
    .slice(0, maxLines)
    .map((piece, line) => text(x, top + line * lineHeight + lineHeight * 0.75, piece, size, face, width, style));
}

/** Shortens `content` (with …) so it fits `maxWidth` pixels at `fontSize`, estimated per character. */
export function fitText(content: string, maxWidth: number, fontSize: number, face: TextFace = 'sans'): string {
  const maxChars = charactersThatFit(maxWidth + 0.5, fontSize, face);
  const characters = [...content];
  return characters.length <= maxChars ? content : `${characters.slice(0, Math.max(1, maxChars - 1)).join('')}…`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
  );
}
