import { listClaimTemplates } from './claimTemplates';
import { field, isJsonObject, type JsonObject } from './jsonValue';
import { WORKLOAD_KIND_NAMES, type WorkloadKind } from './workloadKinds';

/** Fields of an earlier kind of a workload that its current kind has no place for. */
export interface SetAsideFields {
  /** The kind they belong to, which brings them back. */
  readonly kind: WorkloadKind;
  /** Their names as written under `spec` (a CronJob's job settings as `jobTemplate.spec.<name>`). */
  readonly fields: readonly string[];
  /** The names of the claim templates among them: pods mounted these like volumes. */
  readonly claimTemplates: readonly string[];
}

/** The parts of a spec that hold the pod, not settings of the controller. */
const POD_HOLDERS = new Set(['selector', 'template', 'jobTemplate']);

/** The controller's own settings of a workload: `spec` keys besides the pod (and a CronJob's job settings). */
function controllerSettings(workload: JsonObject): Set<string> {
  const spec = field(workload, 'spec');
  if (!isJsonObject(spec)) return new Set();
  const settings = Object.keys(spec).filter((key) => !POD_HOLDERS.has(key));
  const jobSpec = field(field(spec, 'jobTemplate'), 'spec');
  if (isJsonObject(jobSpec))
    settings.push(
      ...Object.keys(jobSpec)
        .filter((key) => key !== 'template')
        .map((key) => `jobTemplate.spec.${key}`),
    );
  return new Set(settings);
}

/** A Job's settings, which a CronJob keeps under jobTemplate.spec: the same setting in both kinds. */
const sameSetting = (name: string) => name.replace(/^jobTemplate\.spec\./, '');

/**
 * What a kind switch set aside: for each earlier kind the app remembers for this workload, the
 * controller settings the current object has no equivalent of (a StatefulSet's serviceName and
 * volumeClaimTemplates while it is a Deployment). They come back when the kind does.
 * @example setAsideFields(deployment, { StatefulSet: cassandra })[0].fields // ['serviceName', 'volumeClaimTemplates']
 */
export function setAsideFields(
  current: JsonObject,
  remembered: Readonly<Partial<Record<WorkloadKind, JsonObject>>> | undefined,
): readonly SetAsideFields[] {
  if (!remembered) return [];
  const kept = new Set([...controllerSettings(current)].map(sameSetting));
  return WORKLOAD_KIND_NAMES.flatMap((kind) => {
    const earlier = remembered[kind];
    if (!earlier || kind === field(current, 'kind')) return [];
    const fields = [...controllerSettings(earlier)].filter((name) => !kept.has(sameSetting(name)));
    if (fields.length === 0) return [];
    const claimTemplates = fields.includes('volumeClaimTemplates')
      ? listClaimTemplates(earlier).map((template) => template.name)
      : [];
    return [{ kind, fields, claimTemplates }];
  });
}
