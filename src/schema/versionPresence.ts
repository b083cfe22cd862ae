import type { KubernetesVersionTable } from './kubernetesVersionTable';

/** Whether a target Kubernetes version has something: yes, no, or unknown (no published API says). */
export type Presence = 'present' | 'absent' | 'unknown';

/**
 * Whether the `minor` API has a field first found in the `since` API. It is absent when the target
 * is no newer than the published API before `since`; in an unpublished minor between the two
 * (1.31 between 1.30 and 1.32) nobody can tell, and checks stay silent rather than wrong.
 */
export function fieldPresence(table: KubernetesVersionTable, since: number, minor: number): Presence {
  if (minor >= since) return 'present';
  return minor <= previousPublished(table, since) ? 'absent' : 'unknown';
}

/** The newest published minor before `minor` (-1 when there is none). */
export function previousPublished(table: KubernetesVersionTable, minor: number): number {
  return table.published.filter((published) => published < minor).at(-1) ?? -1;
}
