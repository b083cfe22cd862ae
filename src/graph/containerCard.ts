import type { ContainerSlot } from '../model/containers';
import { field, isJsonArray, isJsonObject } from '../model/jsonValue';
import { CANVAS_METRICS, type Density } from './canvasMetrics';
import { describePorts, describeProbes, describeResources, type ProbeSummary } from './describe/describeContainer';
import { describeImage } from './describe/describeImage';
import { charactersThatFit, estimateLines, wrapText } from './textWidth';

/** One volume mount, as a row of its container's node; the mount edge ends at this row. */
export interface MountRow {
  readonly index: number;
  readonly volume: string;
  readonly path: string;
  readonly readOnly: boolean;
  readonly subPath: string | null;
  /** The mounted volume's source type (for its icon), `claimTemplate`, or `missing` when none has the name. */
  readonly volumeType: string;
}

/**
 * What a container node shows, in the order of importance: role and name, the image, then ports,
 * probes, resources and mounts. Computed once for the layout (which needs the node's height), the
 * node component and the SVG export, so all three agree.
 */
export interface ContainerCard {
  /** "Container", "2. Init container", "1. Sidecar". */
  readonly roleLabel: string;
  readonly name: string;
  readonly nameLines: number;
  readonly image: string | null;
  readonly imageLines: number;
  /** "http 8080 · metrics 9090/UDP", or null without ports. */
  readonly ports: string | null;
  readonly probes: readonly ProbeSummary[];
  readonly resources: string | null;
  readonly mounts: readonly MountRow[];
}

const ROLE_WORDS = { app: 'Container', init: 'Init container', sidecar: 'Sidecar' } as const;

/** @example roleLabel('init') // "Init container" */
export const roleLabel = (role: ContainerSlot['role']): string => ROLE_WORDS[role];

/** The card of a container; `volumeTypes` gives the source type of each volume the pod has, by name. */
export function containerCard(
  slot: ContainerSlot,
  order: number | null,
  volumeTypes: Readonly<Record<string, string>>,
  density: Density,
): ContainerCard {
  const metrics = CANVAS_METRICS[density].container;
  const inner = metrics.width - 2 * metrics.paddingX;
  const name = slot.name || '(unnamed)';
  const imageField = field(slot.container, 'image');
  const image = typeof imageField === 'string' && imageField !== '' ? imageField : null;
  const ports = describePorts(slot.container);
  return {
    roleLabel: `${order !== null ? `${order}. ` : ''}${roleLabel(slot.role)}`,
    name,
    // Room for a finding badge beside the name.
    nameLines: estimateLines(name, metrics.nameSize, inner - 56, 'bold', metrics.maxNameLines),
    image,
    // The node shows a warning chip ("latest", "untagged") after an image that is not pinned.
    imageLines: image
      ? Math.min(
          metrics.maxImageLines,
          wrapText(
            describeImage(image).warning ? `${image} untagged` : image,
            charactersThatFit(inner, metrics.imageSize, 'mono'),
          ).length,
        )
      : 1,
    ports: ports.length
      ? ports.map((port) => (port.name ? `${port.name} ${port.label}` : port.label)).join(' · ')
      : null,
    probes: describeProbes(slot.container),
    resources: describeResources(slot.container),
    mounts: mountRows(slot, volumeTypes),
  };
}

function mountRows(slot: ContainerSlot, volumeTypes: Readonly<Record<string, string>>): MountRow[] {
  const mounts = field(slot.container, 'volumeMounts');
  if (!isJsonArray(mounts)) return [];
  return mounts.flatMap((mount, index) => {
    if (!isJsonObject(mount)) return [];
    const volume = field(mount, 'name');
    const path = field(mount, 'mountPath');
    const subPath = field(mount, 'subPath');
    const name = typeof volume === 'string' ? volume : '';
    return [
      {
        index,
        volume: name,
        path: typeof path === 'string' ? path : '',
        readOnly: field(mount, 'readOnly') === true,
        subPath: typeof subPath === 'string' && subPath !== '' ? subPath : null,
        volumeType: Object.hasOwn(volumeTypes, name) ? volumeTypes[name]! : 'missing',
      },
    ];
  });
}

/**
 * The sections of a container node top to bottom with their heights: the node component draws
 * them at these heights and the layout adds them up, so edges meet the mount rows exactly.
 * A compact node has a fixed set: role, name, image and one line of counts.
 */
export function containerSections(card: ContainerCard, density: Density): { key: string; height: number }[] {
  const metrics = CANVAS_METRICS[density].container;
  if (density === 'compact')
    return [
      { key: 'role', height: metrics.roleLine },
      { key: 'name', height: metrics.nameLine },
      { key: 'image', height: metrics.imageLine },
      { key: 'counts', height: metrics.detailLine },
    ];
  const sections = [
    { key: 'role', height: metrics.roleLine },
    { key: 'name', height: card.nameLines * metrics.nameLine },
    { key: 'image', height: card.imageLines * metrics.imageLine },
  ];
  if (card.ports) sections.push({ key: 'ports', height: metrics.detailLine });
  if (card.probes.length) sections.push({ key: 'probes', height: card.probes.length * metrics.detailLine });
  if (card.resources) sections.push({ key: 'resources', height: metrics.detailLine });
  if (card.mounts.length) sections.push({ key: 'mounts', height: card.mounts.length * metrics.mountLine });
  sections.push({ key: 'actions', height: metrics.actionsHeight });
  return sections;
}

/** The node's height: its sections, the gaps between them and its padding. */
export function containerHeight(card: ContainerCard, density: Density): number {
  const metrics = CANVAS_METRICS[density].container;
  const sections = containerSections(card, density);
  return (
    2 * metrics.paddingY +
    sections.reduce((sum, section) => sum + section.height, 0) +
    (sections.length - 1) * metrics.gap
  );
}

/**
 * Where, from the node's top, the edge of mount `index` meets the node: the middle of its row
 * (regular), or the middle of the node (compact nodes have no rows).
 */
export function mountRowCenter(card: ContainerCard, density: Density, index: number): number {
  const metrics = CANVAS_METRICS[density].container;
  const height = containerHeight(card, density);
  const row = card.mounts.findIndex((mount) => mount.index === index);
  if (density === 'compact' || row < 0) return height / 2;
  // The rows sit right above the actions row, at the bottom of the node.
  const rowsBottom = height - metrics.paddingY - metrics.actionsHeight - metrics.gap;
  return rowsBottom - (card.mounts.length - row - 0.5) * metrics.mountLine;
}

/**
 * What a compact node (a big pod) says instead of its details: how many there are.
 * @example containerCounts(card) // "2 ports · 3 probes · 6 mounts"
 */
export function containerCounts(card: ContainerCard): string {
  const ports = card.ports ? card.ports.split(' · ').length : 0;
  const count = (number: number, word: string) => (number ? `${number} ${word}${number === 1 ? '' : 's'}` : '');
  return [count(ports, 'port'), count(card.probes.length, 'probe'), count(card.mounts.length, 'mount')]
    .filter(Boolean)
    .join(' · ');
}
