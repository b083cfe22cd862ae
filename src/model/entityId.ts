import type { ProbeKind } from './containers';

/**
 * Stable ids of the things a pod is made of. They key node positions and selection, so they
 * depend on names, not on list positions. A name used twice (an error the validator reports) still
 * gives two ids: the second `web` container is `container#2:web`, its mounts `mount#2:web:0`. The
 * part before the first colon never holds a name, so ids stay unique whatever the names contain.
 */
export type EntityId = string;

export const POD_ENTITY_ID: EntityId = 'pod';

/** `type` for the first thing of that name, `type#2` for the second, and so on. */
const prefix = (type: string, occurrence: number): string => (occurrence > 1 ? `${type}#${occurrence}` : type);

export const containerEntityId = (name: string, occurrence = 1): EntityId =>
  `${prefix('container', occurrence)}:${name}`;
export const volumeEntityId = (name: string, occurrence = 1): EntityId => `${prefix('volume', occurrence)}:${name}`;
/** A StatefulSet's volume claim template: one PersistentVolumeClaim per replica, mounted like a volume. */
export const claimEntityId = (name: string, occurrence = 1): EntityId => `${prefix('claim', occurrence)}:${name}`;
export const probeEntityId = (containerName: string, probe: ProbeKind, occurrence = 1): EntityId =>
  `${prefix('probe', occurrence)}:${containerName}:${probe}`;
export const mountEntityId = (containerName: string, mountIndex: number, occurrence = 1): EntityId =>
  `${prefix('mount', occurrence)}:${containerName}:${mountIndex}`;
export const referenceEntityId = (kind: string, name: string): EntityId => `ref:${kind}:${name}`;

/** Canvas nodes and edges that are not parts of the pod: lanes, the shelf's headings, "uses" lines. */
export const laneNodeId = (lane: string): string => `lane:${lane}`;
export const SHELF_NODE_ID = 'shelf';
export const referenceEdgeId = (reference: EntityId, user: EntityId): string => `uses:${reference}->${user}`;

export type ParsedEntityId =
  | { readonly type: 'pod' }
  | { readonly type: 'container'; readonly name: string; readonly occurrence: number }
  | { readonly type: 'volume'; readonly name: string; readonly occurrence: number }
  | { readonly type: 'claim'; readonly name: string; readonly occurrence: number }
  | { readonly type: 'probe'; readonly container: string; readonly occurrence: number; readonly probe: ProbeKind }
  | { readonly type: 'mount'; readonly container: string; readonly occurrence: number; readonly index: number }
  | { readonly type: 'reference'; readonly kind: string; readonly name: string };

export function parseEntityId(id: EntityId): ParsedEntityId | null {
  if (id === POD_ENTITY_ID) return { type: 'pod' };
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const [type, count] = id.slice(0, colon).split('#');
  const occurrence = count === undefined ? 1 : Number(count);
  if (!Number.isInteger(occurrence) || occurrence < 1) return null;
  const rest = id.slice(colon + 1);
  switch (type) {
    case 'container':
    case 'volume':
    case 'claim':
      return { type, name: rest, occurrence };
    case 'probe': {
      const last = rest.lastIndexOf(':');
      const probe = rest.slice(last + 1);
      if (probe !== 'livenessProbe' && probe !== 'readinessProbe' && probe !== 'startupProbe') return null;
      return { type: 'probe', container: rest.slice(0, last), occurrence, probe };
    }
    case 'mount': {
      const last = rest.lastIndexOf(':');
      return { type: 'mount', container: rest.slice(0, last), occurrence, index: Number(rest.slice(last + 1)) };
    }
    case 'ref': {
      if (count !== undefined) return null;
      const second = rest.indexOf(':');
      return { type: 'reference', kind: rest.slice(0, second), name: rest.slice(second + 1) };
    }
    default:
      return null;
  }
}
