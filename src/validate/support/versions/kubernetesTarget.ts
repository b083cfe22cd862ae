import type { KubernetesMinor } from '../../../model/kubernetesVersion';
import { formatKubernetesVersion } from '../../../model/kubernetesVersion';
import type {
  FieldAvailability,
  Introduction,
  KindServing,
  KubernetesVersionTable,
} from '../../../schema/kubernetesVersionTable';
import { lastAbsent, type Presence, presenceIn } from '../../../schema/versionPresence';

/**
 * The Kubernetes version a design targets, with the table that says what it has. The table is
 * handed in (not imported here) so that the validator stays small where it does not check versions,
 * and the app loads the table lazily.
 */
export interface KubernetesTarget {
  readonly minor: KubernetesMinor;
  readonly table: KubernetesVersionTable;
}

/** Whether the target has something introduced as `introduction` says: yes, no, or unknown (a gap). */
export function presenceOf(target: KubernetesTarget, introduction: Partial<Introduction>): Presence {
  return presenceIn(target.table, introduction, target.minor);
}

/**
 * Whether the target serves a kind, by its entry in the table (kinds without one are served
 * throughout): from `first` to `last`; unknown in a minor whose served kinds no package tells,
 * between `first` and the known one before it, or between `last` and the known one after it.
 */
export function kindPresence(target: KubernetesTarget, serving: KindServing): Presence {
  const since = presenceOf(target, kindIntroduction(target.table, serving));
  if (since !== 'present' || target.minor <= serving.last) return since;
  const next = target.table.kindsPublished.find((published) => published > serving.last);
  return next !== undefined && target.minor >= next ? 'absent' : 'unknown';
}

/** When a kind first appears: in `first`, and not in the minor before it whose kinds are known. */
export function kindIntroduction(table: KubernetesVersionTable, serving: KindServing): Introduction {
  return {
    since: serving.first,
    absentUntil: table.kindsPublished.filter((published) => published < serving.first).at(-1) ?? -1,
  };
}

/**
 * What a target that lacks something needs, for messages: "needs Kubernetes 1.34+" when the
 * minor before `since` is known to lack it; "came in Kubernetes 1.34, 1.35 or 1.36 (1.33 does not
 * have it)" when minors in between are not described by any package.
 */
export function versionNeeded(table: KubernetesVersionTable, introduction: Introduction): string {
  const absent = lastAbsent(table, introduction);
  if (absent === introduction.since - 1 || absent < 0)
    return `needs Kubernetes ${formatKubernetesVersion(introduction.since)}+`;
  const candidates: string[] = [];
  for (let minor = absent + 1; minor <= introduction.since; minor++) candidates.push(formatKubernetesVersion(minor));
  const listed =
    candidates.length === 2 ? candidates.join(' or ') : `${candidates.slice(0, -1).join(', ')} or ${candidates.at(-1)}`;
  return `came in Kubernetes ${listed} (${formatKubernetesVersion(absent)} does not have it)`;
}

/** The fields of a type that are newer than the oldest target, or lead to one. */
export function fieldsOfType(table: KubernetesVersionTable, type: string): Readonly<Record<string, FieldAvailability>> {
  return table.types[type] ?? {};
}
