import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { kubernetesSchema } from '../../../schema/kubernetesSchema';

/**
 * How the schema's root picks the definition that checks a document: one `if`/`then` per root
 * kind in its `allOf`, selected by `kind` and by an apiVersion pattern that admits the built-in
 * API groups (so `apiVersion: v1` on a Deployment is checked, and reported, while a custom
 * resource whose group has a dot is not). Read from the schema, not repeated here.
 */
interface Dispatch {
  readonly kind: string;
  readonly apiVersionPattern: RegExp | null;
  readonly definition: string;
}

let dispatchTable: readonly Dispatch[] | undefined;

function dispatches(): readonly Dispatch[] {
  dispatchTable ??= readDispatchTable(kubernetesSchema.allOf);
  return dispatchTable;
}

function readDispatchTable(allOf: unknown): Dispatch[] {
  if (!Array.isArray(allOf)) return [];
  return allOf.flatMap((entry): Dispatch[] => {
    const condition = field(entry, 'if');
    const kind = field(field(field(condition, 'properties'), 'kind'), 'const');
    const pattern = field(field(field(condition, 'properties'), 'apiVersion'), 'pattern');
    const ref = field(field(entry, 'then'), '$ref');
    if (typeof kind !== 'string' || typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return [];
    return [
      {
        kind,
        apiVersionPattern: typeof pattern === 'string' ? new RegExp(pattern, 'u') : null,
        definition: ref.slice('#/definitions/'.length),
      },
    ];
  });
}

/**
 * The schema definition that checks `object`, or undefined for kinds the schema does not know
 * (custom resources, kinds the app does not edit), which are skipped.
 * @example schemaDefinitionFor({ apiVersion: 'apps/v1', kind: 'Deployment' }) === 'io.k8s.api.apps.v1.Deployment'
 * @example schemaDefinitionFor({ apiVersion: 'serving.knative.dev/v1', kind: 'Service' }) === undefined
 */
export function schemaDefinitionFor(object: JsonObject): string | undefined {
  if (!isJsonObject(object)) return undefined;
  const kind = field(object, 'kind');
  const apiVersion = field(object, 'apiVersion');
  const match = dispatches().find(
    (dispatch) =>
      dispatch.kind === kind &&
      (typeof apiVersion !== 'string' ||
        dispatch.apiVersionPattern === null ||
        dispatch.apiVersionPattern.test(apiVersion)),
  );
  return match?.definition;
}
