import type { Introduction, KubernetesVersionTable } from './kubernetesVersionTable';

/** Whether a target Kubernetes version has something: yes, no, or unknown (no published API says). */
export type Presence = 'present' | 'absent' | 'unknown';

/**
 * Whether the `minor` API has something introduced as `introduction` says. It is absent when the
 * target is no newer than the last minor known to lack it (the published API before `since`); in
 * between (a minor whose package does not describe the place: status in 1.31) nobody can tell,
 * and checks stay silent rather than wrong. Without `since` it is older than every supported
 * minor: present.
 */
export function presenceIn(
  table: KubernetesVersionTable,
  introduction: Partial<Introduction>,
  minor: number,
): Presence {
  if (introduction.since === undefined || minor >= introduction.since) return 'present';
  return minor <= lastAbsent(table, { ...introduction, since: introduction.since }) ? 'absent' : 'unknown';
}

/** The newest minor known not to have what `introduction` describes (-1 when there is none). */
export function lastAbsent(table: KubernetesVersionTable, introduction: Introduction): number {
  return introduction.absentUntil ?? previousPublished(table, introduction.since);
}

/** The newest published minor before `minor` (-1 when there is none). */
function previousPublished(table: KubernetesVersionTable, minor: number): number {
  return table.published.filter((published) => published < minor).at(-1) ?? -1;
}
