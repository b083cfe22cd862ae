/**
 * Builds the table of when each Kubernetes field and kind exists (KubernetesVersionTable) from the
 * APIs of several Kubernetes minors, each read from a published package (readClientPackage).
 *
 * Fields are followed from each kind of the newest minor down its field types, and in every other
 * minor down the same field names from the same kind, so a type renamed between minors (the
 * generator names types, not Kubernetes) is still matched by where it sits. A field's `since` is the
 * first minor in which it is found at such a place; only fields newer than the oldest supported
 * minor, and the fields that lead to them, are kept.
 *
 * Enum values come from other packages (readModelsPackage), fewer minors, matched the same way: a
 * value of the newest of them is dated by the first of them that lists it, when that is newer
 * than the field itself and than the oldest supported minor.
 */
import type {
  FieldAvailability,
  Introduction,
  KindServing,
  KubernetesVersionTable,
  ValueAvailability,
} from '../../src/schema/kubernetesVersionTable';
import type { ClientApi } from './readClientPackage';
import type { ModelsApi } from './readModelsPackage';

export interface VersionSource {
  readonly minor: number;
  readonly packageName: string;
  readonly api: ClientApi;
}

export interface ValueSource {
  readonly minor: number;
  readonly packageName: string;
  readonly api: ModelsApi;
}

export function buildVersionTable(
  sources: readonly VersionSource[],
  supported: readonly number[],
  valueSources: readonly ValueSource[] = [],
): KubernetesVersionTable {
  const orderedValues = [...valueSources].sort((a, b) => a.minor - b.minor);
  const ordered = [...sources].sort((a, b) => a.minor - b.minor);
  const oldest = supported[0]!;
  const newest = ordered.at(-1)!;
  if (newest.minor !== supported.at(-1))
    throw new Error(`The newest supported minor 1.${supported.at(-1)} has no package`);
  const inRange = ordered.filter((source) => source.minor >= oldest);
  if (inRange[0]?.minor !== oldest) throw new Error(`The oldest supported minor 1.${oldest} has no package`);

  // Kinds: which minors serve them, by the packages that say.
  const kinds: Record<string, KindServing> = {};
  const serving = ordered.filter((source) => source.api.describesKinds !== false);
  const allKinds = new Set(serving.flatMap((source) => [...source.api.kinds.keys()]));
  for (const kind of [...allKinds].sort()) {
    const servedBy = serving.filter((source) => source.api.kinds.has(kind)).map((source) => source.minor);
    const first = servedBy[0]!;
    const last = servedBy.at(-1)!;
    if (first <= oldest && last === newest.minor) continue;
    const replacement = last < newest.minor ? dropInReplacement(kind, ordered, last, newest) : undefined;
    kinds[kind] = { first, last, ...(replacement ? { replacement } : {}) };
  }

  // Fields: walk the newest API's types from each kind, with the matching type in every other minor
  // (UNCOVERED where a package does not describe that place).
  const since = new Map<string, Map<string, Introduction>>();
  const valuesSince = new Map<string, Map<string, Map<string, ValueAvailability>>>();
  const fieldType = new Map<string, Map<string, string>>();
  const seen = new Set<string>();
  const walk = (
    type: string,
    matching: ReadonlyMap<number, Matching>,
    valueMatching: ReadonlyMap<number, string>,
  ): void => {
    const key = `${type} ${[...matching].join(',')} ${[...valueMatching].join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const fields = newest.api.models.get(type);
    if (!fields) return;
    for (const [name, child] of fields) {
      const introduced = introduction(inRange, matching, name);
      if (!introduced) throw new Error(`${type}.${name} is in no minor`);
      // A type reached from a newer kind (resource.k8s.io/v1 → ObjectMeta) looks new there: the
      // earliest place it is found at counts.
      const firstOfType = since.get(type) ?? new Map<string, Introduction>();
      firstOfType.set(name, earlier(introduced, firstOfType.get(name)));
      since.set(type, firstOfType);
      const newerValues = valueIntroductions(orderedValues, valueMatching, name, Math.max(oldest, introduced.since));
      if (newerValues.size > 0) {
        const valuesOfType = valuesSince.get(type) ?? new Map<string, Map<string, ValueAvailability>>();
        valuesOfType.set(name, new Map([...(valuesOfType.get(name) ?? []), ...newerValues]));
        valuesSince.set(type, valuesOfType);
      }
      const childValueMatching = new Map<number, string>();
      for (const source of orderedValues) {
        const model = valueMatching.get(source.minor);
        const childModel = model === undefined ? undefined : source.api.models.get(model)?.get(name);
        if (childModel) childValueMatching.set(source.minor, childModel);
      }
      if (!child) continue;
      const typesOfType = fieldType.get(type) ?? new Map<string, string>();
      typesOfType.set(name, child);
      fieldType.set(type, typesOfType);
      const childMatching = new Map<number, Matching>();
      for (const source of inRange) {
        const model = matching.get(source.minor);
        if (model === undefined) continue;
        if (model === UNCOVERED || source.api.uncovered?.has(`${model}.${name}`)) {
          childMatching.set(source.minor, UNCOVERED);
          continue;
        }
        const childModel = source.api.models.get(model)?.get(name);
        if (childModel) childMatching.set(source.minor, childModel);
      }
      walk(child, childMatching, childValueMatching);
    }
  };
  for (const [kind, type] of newest.api.kinds) {
    const matching = new Map<number, Matching>();
    for (const source of inRange) {
      const model = source.api.kinds.get(kind);
      if (model) matching.set(source.minor, model);
    }
    const valueMatching = new Map<number, string>();
    for (const source of orderedValues) {
      const model = source.api.kinds.get(kind);
      if (model) valueMatching.set(source.minor, model);
    }
    walk(type, matching, valueMatching);
  }

  for (const perType of since.values())
    for (const [name, first] of perType) if (first.since <= oldest) perType.delete(name);

  // Keep the types with newer fields and those that lead to them.
  const leadsToNewer = new Map<string, boolean>();
  const leads = (type: string, path: Set<string>): boolean => {
    const known = leadsToNewer.get(type);
    if (known !== undefined) return known;
    if (path.has(type)) return false;
    path.add(type);
    let result = (since.get(type)?.size ?? 0) > 0 || valuesSince.has(type);
    for (const child of fieldType.get(type)?.values() ?? []) if (leads(child, path)) result = true;
    path.delete(type);
    leadsToNewer.set(type, result);
    return result;
  };
  const types: Record<string, Record<string, FieldAvailability>> = {};
  for (const type of [...newest.api.models.keys()].sort()) {
    if (!leads(type, new Set())) continue;
    const entry: Record<string, FieldAvailability> = {};
    for (const name of [...newest.api.models.get(type)!.keys()].sort()) {
      const child = fieldType.get(type)?.get(name);
      const childLeads = child !== undefined && leads(child, new Set());
      const first = since.get(type)?.get(name);
      const values = valuesSince.get(type)?.get(name);
      if (!childLeads && first === undefined && !values) continue;
      entry[name] = {
        ...(childLeads ? { type: child } : {}),
        ...first,
        ...(values ? { values: Object.fromEntries([...values].sort(([a], [b]) => a.localeCompare(b))) } : {}),
      };
    }
    types[type] = entry;
  }
  const roots: Record<string, string> = {};
  for (const [kind, type] of [...newest.api.kinds].sort(([a], [b]) => a.localeCompare(b)))
    if (types[type]) roots[kind] = type;

  return {
    source: Object.fromEntries(ordered.map((source) => [`1.${source.minor}`, source.packageName])),
    valueSource: Object.fromEntries(orderedValues.map((source) => [`1.${source.minor}`, source.packageName])),
    supported,
    published: inRange.map((source) => source.minor),
    kindsPublished: inRange.filter((source) => source.api.describesKinds !== false).map((source) => source.minor),
    kinds,
    roots,
    types,
  };
}

/**
 * What a source's model at the place being walked is: a model name, or UNCOVERED (no model is so
 * named) where the source does not describe the place.
 */
type Matching = string;
const UNCOVERED = '(uncovered)';

/**
 * The first minor whose model at this place has the field, and the last one before it known to
 * lack it, when an uncovered minor lies between the two (then that minor may have it or not).
 */
function introduction(
  inRange: readonly VersionSource[],
  matching: ReadonlyMap<number, Matching>,
  name: string,
): Introduction | undefined {
  let lastAbsent: number | undefined;
  let uncoveredSince = false;
  for (const source of inRange) {
    const model = matching.get(source.minor);
    if (model === UNCOVERED || (model !== undefined && source.api.uncovered?.has(`${model}.${name}`))) {
      uncoveredSince = true;
      continue;
    }
    if (model !== undefined && source.api.models.get(model)?.has(name)) {
      // -1: no minor is known to lack it.
      return uncoveredSince ? { since: source.minor, absentUntil: lastAbsent ?? -1 } : { since: source.minor };
    }
    lastAbsent = source.minor;
    uncoveredSince = false;
  }
  return undefined;
}

/**
 * The values of a field's enum in the newest value source that the earlier ones show to be newer
 * than `after` (the field's own minor, or the oldest supported): each with the first value source
 * that lists it and the last one before that whose enum at the place lacks it. A source where the
 * place is missing or has no enum says nothing, so a value is dated only between two enums.
 */
function valueIntroductions(
  valueSources: readonly ValueSource[],
  matching: ReadonlyMap<number, string>,
  name: string,
  after: number,
): Map<string, ValueAvailability> {
  const enumAt = (source: ValueSource) => {
    const model = matching.get(source.minor);
    return model === undefined ? undefined : source.api.values.get(model)?.get(name);
  };
  const newest = valueSources.at(-1);
  const result = new Map<string, ValueAvailability>();
  for (const value of (newest && enumAt(newest)) ?? []) {
    let absentUntil: number | undefined;
    for (const source of valueSources) {
      const values = enumAt(source);
      if (!values) continue;
      if (!values.has(value)) {
        absentUntil = source.minor;
        continue;
      }
      if (absentUntil !== undefined && source.minor > after && absentUntil >= after)
        result.set(value, { since: source.minor, absentUntil });
      break;
    }
  }
  return result;
}

/** The earlier of two introductions of the same field reached on different paths. */
function earlier(a: Introduction, b: Introduction | undefined): Introduction {
  if (!b || a.since < b.since) return a;
  if (b.since < a.since) return b;
  // Same minor: the one that claims less absence.
  return (a.absentUntil ?? a.since) <= (b.absentUntil ?? b.since) ? a : b;
}

/**
 * The apiVersion of the same group that serves the kind in the newest minor, when every field of
 * the removed version (at every depth) exists there too: then changing `apiVersion` is the whole fix
 * (batch/v1beta1 CronJob → batch/v1). Null when fields were renamed or removed on the way.
 */
function dropInReplacement(
  kind: string,
  ordered: readonly VersionSource[],
  last: number,
  newest: VersionSource,
): string | undefined {
  const slash = kind.lastIndexOf('/');
  const apiVersion = kind.slice(0, slash);
  const kindName = kind.slice(slash + 1);
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const old = ordered.find((source) => source.minor === last)!;
  for (const [candidate, newType] of newest.api.kinds) {
    const candidateSlash = candidate.lastIndexOf('/');
    const candidateVersion = candidate.slice(0, candidateSlash);
    const candidateGroup = candidateVersion.includes('/')
      ? candidateVersion.slice(0, candidateVersion.indexOf('/'))
      : '';
    if (candidate.slice(candidateSlash + 1) !== kindName || candidateGroup !== group) continue;
    if (fieldsContained(old.api, old.api.kinds.get(kind)!, newest.api, newType, new Set())) return candidateVersion;
  }
  return undefined;
}

function fieldsContained(
  oldApi: ClientApi,
  oldType: string,
  newApi: ClientApi,
  newType: string,
  seen: Set<string>,
): boolean {
  const key = `${oldType} ${newType}`;
  if (seen.has(key)) return true;
  seen.add(key);
  const newFields = newApi.models.get(newType);
  for (const [name, oldChild] of oldApi.models.get(oldType) ?? []) {
    // Only the kind's own fields: the server writes status, and ObjectMeta is every kind's (its
    // one removal, clusterName, the server never read).
    if ((name === 'status' && seen.size === 1) || oldChild === 'V1ObjectMeta') continue;
    if (!newFields?.has(name)) return false;
    const newChild = newFields.get(name);
    if (oldChild && (!newChild || !fieldsContained(oldApi, oldChild, newApi, newChild, seen))) return false;
  }
  return true;
}
