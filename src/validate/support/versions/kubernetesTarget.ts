import type { KubernetesMinor } from '../../../model/kubernetesVersion';
import type { FieldAvailability, KindServing, KubernetesVersionTable } from '../../../schema/kubernetesVersionTable';
import { fieldPresence, type Presence, previousPublished } from '../../../schema/versionPresence';

/**
 * The Kubernetes version a design targets, with the table that says what it has. The table is
 * handed in (not imported here) so that the validator stays small where it does not check versions,
 * and the app loads the table lazily.
 */
export interface KubernetesTarget {
  readonly minor: KubernetesMinor;
  readonly table: KubernetesVersionTable;
}

/**
 * Whether the target has something first published in `since`: yes, no, or unknown (a gap); see
 * fieldPresence in the schema layer.
 */
export function presenceSince(target: KubernetesTarget, since: number): Presence {
  return fieldPresence(target.table, since, target.minor);
}

/** Whether a kind last served in `last` is still served by the target (a gap after `last` is unknown). */
function presenceUntil(target: KubernetesTarget, last: number): Presence {
  if (target.minor <= last) return 'present';
  return target.minor >= nextPublished(target.table, last) ? 'absent' : 'unknown';
}

/** Whether the target serves a kind, by its entry in the table (kinds without one are served throughout). */
export function kindPresence(target: KubernetesTarget, serving: KindServing): Presence {
  const since = presenceSince(target, serving.first);
  return since === 'present' ? presenceUntil(target, serving.last) : since;
}

/** "1.32" when 1.31 is published, "1.31 or 1.32" when 1.31 is a gap: when something first appeared. */
export function introducedIn(table: KubernetesVersionTable, since: number): string {
  const previous = previousPublished(table, since);
  return previous === since - 1 || previous < 0 ? `1.${since}` : `1.${previous + 1}–1.${since}`;
}

function nextPublished(table: KubernetesVersionTable, minor: number): number {
  return table.published.find((published) => published > minor) ?? Number.POSITIVE_INFINITY;
}

/** The fields of a type that are newer than the oldest target, or lead to one. */
export function fieldsOfType(table: KubernetesVersionTable, type: string): Readonly<Record<string, FieldAvailability>> {
  return table.types[type] ?? {};
}
