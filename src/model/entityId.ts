import type { ProbeKind } from './containers';

/**
 * Stable ids of the things a pod is made of. They key node positions and selection, so they
 * depend on names, not on list positions.
 */
export type EntityId = string;

export const POD_ENTITY_ID: EntityId = 'pod';

export const containerEntityId = (name: string): EntityId => `container:${name}`;
export const volumeEntityId = (name: string): EntityId => `volume:${name}`;
export const probeEntityId = (containerName: string, probe: ProbeKind): EntityId => `probe:${containerName}:${probe}`;
export const mountEntityId = (containerName: string, mountIndex: number): EntityId =>
  `mount:${containerName}:${mountIndex}`;
export const referenceEntityId = (kind: string, name: string): EntityId => `ref:${kind}:${name}`;

export type ParsedEntityId =
  | { readonly type: 'pod' }
  | { readonly type: 'container'; readonly name: string }
  | { readonly type: 'volume'; readonly name: string }
  | { readonly type: 'probe'; readonly container: string; readonly probe: ProbeKind }
  | { readonly type: 'mount'; readonly container: string; readonly index: number }
  | { readonly type: 'reference'; readonly kind: string; readonly name: string };

export function parseEntityId(id: EntityId): ParsedEntityId | null {
  if (id === POD_ENTITY_ID) return { type: 'pod' };
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const prefix = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (prefix) {
    case 'container':
      return { type: 'container', name: rest };
    case 'volume':
      return { type: 'volume', name: rest };
    case 'probe': {
      const last = rest.lastIndexOf(':');
      const probe = rest.slice(last + 1);
      if (probe !== 'livenessProbe' && probe !== 'readinessProbe' && probe !== 'startupProbe') return null;
      return { type: 'probe', container: rest.slice(0, last), probe };
    }
    case 'mount': {
      const last = rest.lastIndexOf(':');
      return { type: 'mount', container: rest.slice(0, last), index: Number(rest.slice(last + 1)) };
    }
    case 'ref': {
      const second = rest.indexOf(':');
      return { type: 'reference', kind: rest.slice(0, second), name: rest.slice(second + 1) };
    }
    default:
      return null;
  }
}
