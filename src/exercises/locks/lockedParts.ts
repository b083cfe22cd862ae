import type { LockedPart } from '../../catalog/exercises/exercise';
import { findContainerSlot } from '../../model/containers';
import { deepEqual, field } from '../../model/jsonValue';
import type { Manifest } from '../../model/manifest';
import { designedPod } from '../designedPod';

/**
 * The locks as a link parameter: `web` locks the container web, `app.command` one field of app.
 * @example lockParameter([{ container: 'app', fields: ['command', 'image'] }]) === 'app.command,app.image'
 */
export function lockParameter(parts: readonly LockedPart[]): string {
  return parts
    .flatMap((part) => (part.fields ? part.fields.map((name) => `${part.container}.${name}`) : [part.container]))
    .join(',');
}

/** The locks a link parameter names (the reverse of `lockParameter`); names it cannot read are skipped. */
export function lockedPartsFromParameter(parameter: string): LockedPart[] {
  const parts = new Map<string, string[] | null>();
  for (const item of parameter.split(',')) {
    const match = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(?:\.([A-Za-z]+))?$/.exec(item.trim());
    if (!match) continue;
    const [, container, , fieldName] = match as unknown as [string, string, string | undefined, string | undefined];
    const known = parts.get(container);
    if (known === null) continue;
    parts.set(container, fieldName ? [...(known ?? []), fieldName] : null);
  }
  return [...parts].map(([container, fields]) => (fields ? { container, fields } : { container }));
}

/** What a lock covers, in words: "the container web", "the command and image of app". */
export function describeLockedPart(part: LockedPart): string {
  if (!part.fields) return `the container ${part.container}`;
  const names =
    part.fields.length > 1 ? `${part.fields.slice(0, -1).join(', ')} and ${part.fields.at(-1)}` : part.fields[0];
  return `the ${names} of ${part.container}`;
}

function lockedValue(documents: Manifest, part: LockedPart): unknown {
  const pod = designedPod(documents);
  const slot = pod && findContainerSlot(pod.podSpec, part.container);
  if (!slot) return undefined;
  if (!part.fields) return { role: slot.role, container: slot.container };
  return part.fields.map((name) => field(slot.container, name) ?? null);
}

/** The first locked part that differs between two designs, or null when the change keeps them all. */
export function changedLockedPart(parts: readonly LockedPart[], before: Manifest, after: Manifest): LockedPart | null {
  if (before === after) return null;
  return parts.find((part) => !deepEqual(lockedValue(before, part), lockedValue(after, part))) ?? null;
}
