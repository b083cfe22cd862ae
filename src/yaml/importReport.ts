import { formatDataPath, type DataPath } from '../model/dataPath';
import { isCustomResourceApiVersion } from '../model/customResources';
import { field, isJsonObject } from '../model/jsonValue';
import { getAtPath } from '../model/valueAtPath';
import { listObjects, listWorkloads, sameObjectRef, workloadKindOf, type ObjectRef } from '../model/workloads';
import type { ParsedManifest } from './parseManifest';

/** What opening a file found, for the summary shown after it opens. */
export interface ImportReport {
  readonly documentCount: number;
  /** Objects by kind, most frequent first: `[{ kind: 'Deployment', count: 12 }, …]`. */
  readonly byKind: readonly { readonly kind: string; readonly count: number }[];
  /** The workload the pod view designs: "Deployment frontend"; null when the file holds none. */
  readonly designed: string | null;
  readonly workloadCount: number;
  /** Fields of the designed workload the pod canvas draws (and edits). */
  readonly drawn: readonly string[];
  /** Fields of the designed workload kept exactly as written (the inspector and editor show them). */
  readonly passedThrough: readonly string[];
  /** What the app changed in the text on reading it: nothing, unless this list says otherwise. */
  readonly normalised: readonly string[];
  /** Custom resources: not designed, drawn as plain cards on the map, kept as written. */
  readonly customResources: readonly string[];
}

/** Pod spec fields the pod canvas draws as nodes and edges. */
const DRAWN_POD_FIELDS = [
  'containers',
  'initContainers',
  'volumes',
  'serviceAccountName',
  'serviceAccount',
  'imagePullSecrets',
];
/** Controller fields the pod view shows around the pod (its summary line and selector). */
const DRAWN_CONTROLLER_FIELDS = ['replicas', 'selector', 'template', 'schedule', 'jobTemplate'];

const describeObject = (kind: unknown, name: unknown) =>
  `${typeof kind === 'string' ? kind : '(no kind)'} ${typeof name === 'string' && name !== '' ? name : '(unnamed)'}`;

/**
 * The import report of an opened text: what the file holds, which workload is designed, which of
 * its fields the canvas draws and which pass through untouched, what was normalised (the text the
 * editor holds compared with the opened one) and the custom resources.
 */
export function buildImportReport(opened: string, parsed: ParsedManifest, designed: ObjectRef | null): ImportReport {
  const objects = listObjects(parsed.documents);
  const counts = new Map<string, number>();
  for (const { object } of objects) {
    const kind = field(object, 'kind');
    const key = typeof kind === 'string' ? kind : '(no kind)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const workloads = listWorkloads(parsed.documents);
  const workload = workloads.find((entry) => designed && sameObjectRef(entry.ref, designed)) ?? workloads[0];
  const drawn: string[] = [];
  const passedThrough: string[] = [];
  if (workload) {
    const info = workloadKindOf(workload.object);
    const podSpecPath: DataPath = info?.podSpecPath ?? ['spec'];
    const podSpec = getAtPath(workload.object, podSpecPath);
    if (isJsonObject(podSpec))
      for (const key of Object.keys(podSpec))
        (DRAWN_POD_FIELDS.includes(key) ? drawn : passedThrough).push(formatDataPath([...podSpecPath, key]));
    // The controller's own fields, between the object and the pod (a Pod has none).
    const controllerPath = podSpecPath.slice(0, podSpecPath.indexOf('template'));
    const controllerSpec = controllerPath.length ? getAtPath(workload.object, controllerPath) : undefined;
    if (isJsonObject(controllerSpec))
      for (const key of Object.keys(controllerSpec))
        if (!DRAWN_CONTROLLER_FIELDS.includes(key)) passedThrough.push(formatDataPath([...controllerPath, key]));
  }
  return {
    documentCount: parsed.documents.length,
    byKind: [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
    designed: workload ? `${workload.kind} ${workload.name || '(unnamed)'}` : null,
    workloadCount: workloads.length,
    drawn,
    passedThrough,
    normalised: normalisedDifferences(opened, parsed.text),
    customResources: objects
      .filter(({ object }) => isCustomResourceApiVersion(field(object, 'apiVersion')))
      .map(
        ({ object }) =>
          `${describeObject(field(object, 'kind'), field(field(object, 'metadata'), 'name'))} (${String(field(object, 'apiVersion'))})`,
      ),
  };
}

/** How the text the app holds differs from the opened one (it keeps it byte for byte: nothing). */
function normalisedDifferences(opened: string, kept: string): string[] {
  if (opened === kept) return [];
  const differences: string[] = [];
  if (opened.includes('\r\n') && !kept.includes('\r\n')) differences.push('Windows line endings (CRLF) became LF');
  if (opened.startsWith('\uFEFF') && !kept.startsWith('\uFEFF')) differences.push('the byte order mark was removed');
  return differences.length ? differences : ['the text changed on reading'];
}
