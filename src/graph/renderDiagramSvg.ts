import { field } from '../model/jsonValue';
import { describePorts, describeProbes, describeResources } from './describe/describeContainer';
import { describeVolume } from './describe/describeVolume';
import type {
  ContainerNode,
  DesignerGraph,
  DesignerNode,
  LaneNode,
  MountEdge,
  PodNode,
  ReferenceEdge,
  ReferenceNode,
  VolumeNode,
} from './graphTypes';
import { LAYOUT } from './podLayout';
import { REFERENCE_NODE } from './referenceLayout';
import { roleLabel } from './projectGraph';

/** Light-theme colours of the exported diagram (slides are usually light). */
const COLORS = {
  text: '#1b1f24',
  muted: '#57606a',
  border: '#d5d9e0',
  pod: '#326ce5',
  podBg: '#f7f9fe',
  laneBg: '#f3f4f6',
  app: '#326ce5',
  appBg: '#eaf1ff',
  init: '#b35900',
  initBg: '#fff3e4',
  sidecar: '#7a3fc4',
  sidecarBg: '#f4ecff',
  volume: '#0f766e',
  volumeBg: '#e6f6f4',
  edge: '#0f766e',
  reference: '#57606a',
  referenceBg: '#f6f8fa',
} as const;

const STYLE = `
  text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; fill: ${COLORS.text}; }
  .mono { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
  .pod-kind { font-size: 13px; font-weight: 700; fill: ${COLORS.pod}; letter-spacing: 0.04em; text-transform: uppercase; }
  .pod-name { font-size: 20px; font-weight: 700; }
  .pod-summary, .lane-hint { font-size: 12px; fill: ${COLORS.muted}; }
  .lane-title { font-size: 12px; font-weight: 700; fill: ${COLORS.muted}; text-transform: uppercase; letter-spacing: 0.04em; }
  .role { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
  .role-app { fill: ${COLORS.app}; } .role-init { fill: ${COLORS.init}; } .role-sidecar { fill: ${COLORS.sidecar}; }
  .name { font-size: 16px; font-weight: 700; }
  .detail { font-size: 12px; fill: ${COLORS.muted}; }
  .image { font-size: 12.5px; }
  .mount-label { font-size: 11.5px; fill: ${COLORS.text}; }
  .volume-type { font-size: 11px; fill: ${COLORS.volume}; }
  .reference-kind { font-size: 11px; font-weight: 700; fill: ${COLORS.reference}; text-transform: uppercase; letter-spacing: 0.04em; }
`;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 24;
/** Average advance of a character as a share of the font size (monospace is 0.6, sans a little less). */
const AVERAGE_CHAR_WIDTH = 0.6;

/**
 * The diagram as a standalone SVG document (styles embedded, light theme, no external fonts or
 * images), drawn from the projected graph: the pod box with its lanes, containers (role, name,
 * image, ports, resources, probes), volumes (source) and mounts (path). Sizes are the layout's,
 * or what the browser measured when the caller passes measured nodes.
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
  for (const edge of graph.edges)
    parts.push(isReferenceEdge(edge) ? renderReferenceEdge(edge, boxes) : renderMount(edge as MountEdge, boxes));
  for (const node of byType('container')) parts.push(renderContainer(node, boxes.get(node.id)!));
  for (const node of byType('volume')) parts.push(renderVolume(node, boxes.get(node.id)!));
  for (const node of byType('reference')) parts.push(renderReference(node, boxes.get(node.id)!));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
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
    const [defaultWidth, defaultHeight] =
      node.type === 'container'
        ? [LAYOUT.containerWidth, LAYOUT.containerHeight]
        : node.type === 'volume'
          ? [LAYOUT.volumeWidth, LAYOUT.volumeHeight]
          : node.type === 'reference'
            ? [REFERENCE_NODE.width, REFERENCE_NODE.height]
            : [0, 0];
    const box = {
      x: origin.x + node.position.x,
      y: origin.y + node.position.y,
      width: node.width ?? node.measured?.width ?? defaultWidth,
      height: node.height ?? node.measured?.height ?? defaultHeight,
    };
    boxes.set(node.id, box);
    return box;
  };
  nodes.forEach(boxOf);
  return boxes;
}

function renderPod(node: PodNode, box: Box): string {
  const { name, workloadKind, summary, empty, stale } = node.data;
  const textWidth = box.width - 32;
  return group('pod', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="14" fill="${COLORS.podBg}" stroke="${COLORS.pod}" stroke-width="2"/>`,
    text(box.x + 16, box.y + 22, 'pod-kind', workloadKind, textWidth, 13),
    text(box.x + 16, box.y + 44, 'pod-name', name, textWidth * 0.6, 20),
    summary
      ? text(
          box.x + 16 + Math.min(textWidth * 0.6, estimateWidth(name, 20)) + 12,
          box.y + 44,
          'pod-summary',
          summary,
          textWidth * 0.4,
          12,
        )
      : '',
    stale
      ? text(box.x + 16, box.y + box.height - 10, 'pod-summary', '⚠ stale: the last valid design', textWidth, 12)
      : '',
    empty ? text(box.x + 16, box.y + 90, 'pod-summary', 'This pod has no containers yet.', textWidth, 12) : '',
  ]);
}

function renderLane(node: LaneNode, box: Box): string {
  return group('lane', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="${COLORS.laneBg}"/>`,
    text(box.x + 10, box.y + 18, 'lane-title', node.data.title, box.width - 20, 12),
  ]);
}

const ROLE_COLORS = {
  app: [COLORS.app, COLORS.appBg],
  init: [COLORS.init, COLORS.initBg],
  sidecar: [COLORS.sidecar, COLORS.sidecarBg],
} as const;

function renderContainer(node: ContainerNode, box: Box): string {
  const { name, role, order, container } = node.data;
  const [stroke, fill] = ROLE_COLORS[role];
  const inner = box.width - 24;
  const image = field(container, 'image');
  const lines: { className: string; text: string; size: number }[] = [
    { className: 'image mono', text: typeof image === 'string' && image !== '' ? image : 'no image', size: 12.5 },
  ];
  const ports = describePorts(container);
  if (ports.length)
    lines.push({
      className: 'detail',
      text: `ports ${ports.map((port) => `${port.name ? `${port.name} ` : ''}:${port.label}`).join(', ')}`,
      size: 12,
    });
  const resources = describeResources(container);
  if (resources) lines.push({ className: 'detail', text: resources, size: 12 });
  for (const probe of describeProbes(container))
    lines.push({ className: 'detail', text: `${probe.label}: ${probe.handler}`, size: 12 });
  const room = Math.max(1, Math.floor((box.height - 56) / 17));
  const shown =
    lines.length > room
      ? [...lines.slice(0, room - 1), { className: 'detail', text: `+ ${lines.length - room + 1} more`, size: 12 }]
      : lines;
  return group(`container ${role}`, [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`,
    `<rect x="${box.x}" y="${box.y + 8}" width="4" height="${box.height - 16}" rx="2" fill="${stroke}"/>`,
    text(
      box.x + 12,
      box.y + 20,
      `role role-${role}`,
      `${order !== null ? `${order}. ` : ''}${roleLabel(role)}`,
      inner,
      11,
    ),
    text(box.x + 12, box.y + 40, 'name', name || '(unnamed)', inner, 16),
    ...shown.map((line, index) =>
      text(box.x + 12, box.y + 60 + index * 17, line.className, line.text, inner, line.size),
    ),
  ]);
}

function renderVolume(node: VolumeNode, box: Box): string {
  const summary = describeVolume(node.data.volume);
  const inner = box.width - 44;
  return group('volume', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="${COLORS.volumeBg}" stroke="${COLORS.volume}" stroke-width="1.5"/>`,
    text(box.x + 12, box.y + box.height / 2 + 6, 'name', summary.icon, 20, 16),
    text(box.x + 36, box.y + 26, 'name', node.data.name || '(unnamed)', inner, 15),
    text(
      box.x + 36,
      box.y + 46,
      'volume-type',
      `${summary.type}${summary.detail ? `: ${summary.detail}` : ''}`,
      inner,
      11,
    ),
  ]);
}

function isReferenceEdge(edge: DesignerGraph['edges'][number]): edge is ReferenceEdge {
  return edge.type === 'reference';
}

/** An object outside the pod: its kind, name and whether this file defines it. */
function renderReference(node: ReferenceNode, box: Box): string {
  const { kind, name, inThisFile } = node.data;
  const inner = box.width - 24;
  return group('reference', [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8" fill="${COLORS.referenceBg}" stroke="${COLORS.reference}" stroke-width="1.5" stroke-dasharray="${inThisFile ? '' : '5 3'}"/>`,
    text(box.x + 12, box.y + 18, 'reference-kind', `${kind} · ${inThisFile ? 'in this file' : 'external'}`, inner, 11),
    text(box.x + 12, box.y + 40, 'name', name, inner, 15),
  ]);
}

/** From an outside object to what uses it: a thin dashed line. */
function renderReferenceEdge(edge: ReferenceEdge, boxes: ReadonlyMap<string, Box>): string {
  const reference = boxes.get(edge.source);
  const user = boxes.get(edge.target);
  if (!reference || !user) return '';
  const from = { x: reference.x, y: reference.y + reference.height / 2 };
  const to = { x: user.x + user.width, y: user.y + user.height / 2 };
  const bend = Math.max(30, Math.abs(from.x - to.x) / 2);
  return group('reference-edge', [
    `<path d="M ${from.x} ${from.y} C ${from.x - bend} ${from.y}, ${to.x + bend} ${to.y}, ${to.x} ${to.y}" fill="none" stroke="${COLORS.reference}" stroke-width="1.5" stroke-dasharray="4 4"/>`,
  ]);
}

function renderMount(edge: MountEdge, boxes: ReadonlyMap<string, Box>): string {
  const volume = boxes.get(edge.source);
  const container = boxes.get(edge.target);
  if (!volume || !container || !edge.data) return '';
  const from = { x: volume.x + volume.width / 2, y: volume.y };
  const to = { x: container.x + container.width / 2, y: container.y + container.height };
  const bend = Math.max(30, Math.abs(from.y - to.y) / 2);
  const path = `M ${from.x} ${from.y} C ${from.x} ${from.y - bend}, ${to.x} ${to.y + bend}, ${to.x} ${to.y}`;
  const label = `${edge.data.mountPath}${edge.data.readOnly ? ' (read-only)' : ''}${edge.data.subPath ? ` → ${edge.data.subPath}` : ''}`;
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const labelWidth = Math.min(300, estimateWidth(label, 11.5) + 12);
  return group('mount', [
    `<path d="${path}" fill="none" stroke="${COLORS.edge}" stroke-width="2"${edge.data.readOnly ? ' stroke-dasharray="6 4"' : ''}/>`,
    `<circle cx="${to.x}" cy="${to.y}" r="4" fill="${COLORS.edge}"/>`,
    `<rect x="${mid.x - labelWidth / 2}" y="${mid.y - 10}" width="${labelWidth}" height="20" rx="4" fill="#ffffff" stroke="${COLORS.border}"/>`,
    text(mid.x - labelWidth / 2 + 6, mid.y + 4, 'mount-label mono', label, labelWidth - 12, 11.5),
  ]);
}

function group(className: string, children: readonly string[]): string {
  return `<g class="${className}">${children.filter(Boolean).join('')}</g>`;
}

/** A line of text, shortened with an ellipsis to fit `maxWidth`. */
function text(x: number, y: number, className: string, content: string, maxWidth: number, fontSize: number): string {
  return `<text x="${round(x)}" y="${round(y)}" class="${className}">${escapeXml(fitText(content, maxWidth, fontSize))}</text>`;
}

/** Shortens `content` (with …) so it fits `maxWidth` pixels at `fontSize`, estimated per character. */
export function fitText(content: string, maxWidth: number, fontSize: number): string {
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * AVERAGE_CHAR_WIDTH)));
  const characters = [...content];
  return characters.length <= maxChars ? content : `${characters.slice(0, Math.max(1, maxChars - 1)).join('')}…`;
}

function estimateWidth(content: string, fontSize: number): number {
  return [...content].length * fontSize * AVERAGE_CHAR_WIDTH;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
  );
}
