import type { ErrorObject } from 'ajv';
import { formatDataPath, type DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import { getAtPath } from '../../../model/valueAtPath';
import { isWorkloadKind, WORKLOAD_KINDS } from '../../../model/workloadKinds';
import { kubernetesRoots } from '../../../schema/kubernetesSchema';
import type { ApiErrorType } from '../../finding';
import { closestName } from './closestName';
import { definitionNoun, WELL_KNOWN_HOMES } from './definitionNouns';
import { definitionSchema, QUANTITY_KEYWORD, validateDefinition, type DefinitionError } from './definitionValidators';
import { moveToStringData, renameKey, replaceValue, setApiVersion, type ObjectChange } from './objectChanges';
import { quantityHint } from './quantityHint';
import { schemaDefinitionFor } from './schemaDefinitionFor';
import { typeMismatch, type SchemaType } from './typeMismatch';

/** The kinds of problem the schema finds; each is reported by its own rule. */
export type SchemaProblemKind =
  | 'unknown-field'
  | 'field-type'
  | 'required-field'
  | 'unsupported-value'
  | 'quantity'
  | 'secret-data-base64'
  | 'api-version';

/** One problem the API server's decoder would reject, at its path inside the object. */
export interface SchemaProblem {
  readonly kind: SchemaProblemKind;
  readonly path: DataPath;
  readonly message: string;
  readonly errorType?: ApiErrorType;
  readonly change?: ObjectChange;
}

const POD_SPEC = 'io.k8s.api.core.v1.PodSpec';
const SECRET = 'io.k8s.api.core.v1.Secret';
const MAP_FIELDS = new Set([
  'labels',
  'annotations',
  'nodeSelector',
  'data',
  'stringData',
  'binaryData',
  'matchLabels',
]);

const problemsByObject = new WeakMap<JsonObject, readonly SchemaProblem[]>();

/**
 * The schema problems of one Kubernetes object, one per problem (ajv's duplicate and follow-on
 * errors removed), in document order. Kinds the schema does not know are skipped. Memoised per
 * object: the schema rules share one validation, and an unchanged object is not validated again.
 */
export function schemaProblemsOf(object: JsonObject): readonly SchemaProblem[] {
  let problems = problemsByObject.get(object);
  if (!problems) {
    problems = findSchemaProblems(object);
    problemsByObject.set(object, problems);
  }
  return problems;
}

function findSchemaProblems(object: JsonObject): SchemaProblem[] {
  const kind = field(object, 'kind');
  if (typeof kind !== 'string' || kind === '') return missingKindProblems(object, kind);
  const definition = schemaDefinitionFor(object);
  if (!definition) return [];
  const errors = validateDefinition(definition, object);
  const typeMismatchAt = new Set(
    errors.filter(({ error }) => error.keyword === 'type').map(({ error }) => error.instancePath),
  );
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const definitionError of errors) {
    const { error } = definitionError;
    // A value of the wrong type also fails its enum or format; the type is the problem to fix.
    if (
      error.keyword !== 'type' &&
      typeMismatchAt.has(error.instancePath) &&
      !['additionalProperties', 'required'].includes(error.keyword)
    )
      continue;
    if (error.keyword === 'enum' && isDefaultedEmptyValue(object, definitionError)) continue;
    const identity = `${error.keyword === QUANTITY_KEYWORD ? 'pattern' : error.keyword}|${error.instancePath}|${String(error.params.additionalProperty ?? error.params.missingProperty ?? '')}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    problems.push(describeError(object, definition, definitionError));
  }
  return problems.sort((a, b) => compareInDocumentOrder(object, a.path, b.path));
}

const DEFAULTED_WHEN_UNSET = /\bdefault|not specified|if unset|is empty|empty means|\bnil\b|omitted|not included/i;

/**
 * An empty string in an optional field whose documentation gives its default (`restartPolicy: ""`,
 * `imagePullPolicy: ""`): the API server decodes "" as unset and fills in the default, so the
 * value is accepted. A required field ("" in seccompProfile.type) is still reported.
 */
function isDefaultedEmptyValue(object: JsonObject, { definition, error }: DefinitionError): boolean {
  const path = dataPathOf(object, error.instancePath);
  const property = path.at(-1);
  if (typeof property !== 'string' || getAtPath(object, path) !== '') return false;
  const required = field(definitionSchema(definition), 'required');
  if (isJsonArray(required) && required.includes(property)) return false;
  const description = field(propertiesOf(definition)[property], 'description');
  return typeof description === 'string' && DEFAULTED_WHEN_UNSET.test(description);
}

function missingKindProblems(object: JsonObject, kind: JsonValue | undefined): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (field(object, 'apiVersion') === undefined) {
    problems.push({
      kind: 'required-field',
      path: ['apiVersion'],
      errorType: 'Required',
      message: 'Missing apiVersion: every Kubernetes object names its API group and version (v1, apps/v1, batch/v1 …).',
    });
  }
  if (kind === undefined || kind === null || kind === '') {
    problems.push({
      kind: 'required-field',
      path: ['kind'],
      errorType: 'Required',
      message: 'Missing kind: every Kubernetes object says what it is (Pod, Deployment, ConfigMap …).',
    });
  } else {
    problems.push({
      kind: 'field-type',
      path: ['kind'],
      errorType: 'Invalid',
      message: typeMismatch('kind', kind, ['string']).message,
    });
  }
  return problems;
}

function describeError(
  object: JsonObject,
  rootDefinition: string,
  { definition, error }: DefinitionError,
): SchemaProblem {
  const path = dataPathOf(object, error.instancePath);
  const value = getAtPath(object, path) ?? null;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownFieldProblem(object, definition, path, String(error.params.additionalProperty));
    case 'required':
      return missingFieldProblem(object, definition, path, String(error.params.missingProperty));
    case 'type':
      return wrongTypeProblem(path, value, error);
    case 'enum':
      if (definition === rootDefinition && path.length === 1 && path[0] === 'apiVersion')
        return apiVersionProblem(object, value);
      return unsupportedValueProblem(
        path,
        value,
        (error.params.allowedValues as JsonValue[]).filter((allowed) => allowed !== null),
      );
    case QUANTITY_KEYWORD:
      return quantityProblem(path, value);
    case 'pattern':
      if (definition === SECRET && path.length === 2 && path[0] === 'data') return base64Problem(path);
      return {
        kind: 'field-type',
        path,
        errorType: 'Invalid',
        message: `${fieldLabel(path)} does not have the expected format (${String(error.params.pattern)}).`,
      };
    default:
      return {
        kind: 'field-type',
        path,
        errorType: 'Invalid',
        message: `${fieldLabel(path)} is not valid here (${error.keyword}).`,
      };
  }
}

function unknownFieldProblem(object: JsonObject, definition: string, parentPath: DataPath, key: string): SchemaProblem {
  const path = [...parentPath, key];
  const known = Object.keys(propertiesOf(definition));
  const suggestion = closestName(key, known);
  if (suggestion) {
    const parent = getAtPath(object, parentPath);
    const taken = isJsonObject(parent) && field(parent, suggestion) !== undefined;
    return {
      kind: 'unknown-field',
      path,
      message: `Unknown field "${key}" — did you mean "${suggestion}"?${taken ? ` ("${suggestion}" is set here too, so this line can probably go.)` : ''}`,
      ...(taken
        ? {}
        : {
            change: {
              label: `Rename to ${suggestion}`,
              apply: (target: JsonObject) => renameKey(target, parentPath, key, suggestion),
            },
          }),
    };
  }
  const home = WELL_KNOWN_HOMES.find(
    (candidate) => candidate !== definition && Object.hasOwn(propertiesOf(candidate), key),
  );
  const where = home === POD_SPEC ? podSpecPlace(object) : '';
  return {
    kind: 'unknown-field',
    path,
    message: home
      ? `Unknown field "${key}" in ${definitionNoun(definition)}: it is a field of ${definitionNoun(home)}${where}.`
      : `Unknown field "${key}" in ${definitionNoun(definition)}.`,
  };
}

function podSpecPlace(object: JsonObject): string {
  const kind = field(object, 'kind');
  return isWorkloadKind(kind) && kind !== 'Pod' ? ` (${formatDataPath(WORKLOAD_KINDS[kind].podSpecPath)})` : '';
}

function missingFieldProblem(
  object: JsonObject,
  definition: string,
  parentPath: DataPath,
  property: string,
): SchemaProblem {
  const path = [...parentPath, property];
  const kind = field(object, 'kind');
  const root = typeof kind === 'string' && Object.hasOwn(kubernetesRoots, kind) ? kubernetesRoots[kind] : undefined;
  if (parentPath.length === 0 && property === 'apiVersion' && root) {
    return {
      kind: 'required-field',
      path,
      errorType: 'Required',
      message: `Missing apiVersion: a ${String(kind)} is apiVersion ${root.apiVersion}.`,
      change: {
        label: `Set apiVersion to ${root.apiVersion}`,
        apply: (target) => setApiVersion(target, undefined, root.apiVersion),
      },
    };
  }
  const description = firstSentence(field(propertiesOf(definition)[property], 'description'));
  return {
    kind: 'required-field',
    path,
    errorType: 'Required',
    message: `Missing required field "${property}" in ${definitionNoun(definition)}${description ? ` (${description})` : ''}.`,
  };
}

function wrongTypeProblem(path: DataPath, value: JsonValue, error: ErrorObject): SchemaProblem {
  const expected = ([] as string[])
    .concat(error.params.type as string | string[])
    .filter((type): type is SchemaType => type !== 'null');
  if (value === null) {
    return {
      kind: 'required-field',
      path,
      errorType: 'Required',
      message: `${fieldLabel(path)} is required, so it cannot be empty (null).`,
    };
  }
  const mismatch = typeMismatch(fieldLabel(path), value, expected);
  const correction = mismatch.correction;
  return {
    kind: 'field-type',
    path,
    errorType: 'Invalid',
    message: mismatch.message,
    ...(correction
      ? {
          change: {
            label: correction.label,
            apply: (target: JsonObject) => replaceValue(target, path, value, correction.value),
          },
        }
      : {}),
  };
}

function unsupportedValueProblem(path: DataPath, value: JsonValue, allowed: readonly JsonValue[]): SchemaProblem {
  const names = allowed.map(String);
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  const intended = typeof value === 'string' ? closestName(value, names) : undefined;
  const message = intended
    ? `Unsupported value ${shown}: did you mean "${intended}"?${intended.toLowerCase() === String(value).toLowerCase() ? ' Values are case-sensitive.' : ''}`
    : `Unsupported value ${shown}: use ${listOfAlternatives(names)}.`;
  return {
    kind: 'unsupported-value',
    path,
    errorType: 'NotSupported',
    message,
    ...(intended
      ? {
          change: {
            label: `Change to ${intended}`,
            apply: (target: JsonObject) => replaceValue(target, path, value, intended),
          },
        }
      : {}),
  };
}

function quantityProblem(path: DataPath, value: JsonValue): SchemaProblem {
  const text = String(value);
  const name = path.at(-1);
  return {
    kind: 'quantity',
    path,
    errorType: 'Invalid',
    message: `"${text}" is not a valid quantity${typeof name === 'string' ? ` for ${name}` : ''}: ${quantityHint(text)}`,
  };
}

function base64Problem(path: DataPath): SchemaProblem {
  const key = String(path[1]);
  return {
    kind: 'secret-data-base64',
    path,
    errorType: 'Invalid',
    message: `The value of "${key}" under data is not base64: encode it (echo -n 'value' | base64), or move it to stringData to write it as plain text.`,
    change: { label: `Move ${key} to stringData`, apply: (secret) => moveToStringData(secret, key) },
  };
}

function apiVersionProblem(object: JsonObject, value: JsonValue): SchemaProblem {
  const kind = String(field(object, 'kind'));
  const root = kubernetesRoots[kind];
  const expected = root?.apiVersion ?? '';
  return {
    kind: 'api-version',
    path: ['apiVersion'],
    errorType: 'NotSupported',
    message: `A ${kind} is apiVersion ${expected}; ${JSON.stringify(value)} is not served by Kubernetes 1.36 (old beta versions are removed over time).`,
    change: { label: `Set apiVersion to ${expected}`, apply: (target) => setApiVersion(target, value, expected) },
  };
}

function propertiesOf(definition: string): Readonly<Record<string, JsonValue>> {
  const properties = field(definitionSchema(definition), 'properties');
  return isJsonObject(properties) ? properties : {};
}

function firstSentence(description: JsonValue | undefined): string | undefined {
  if (typeof description !== 'string') return undefined;
  const sentence = /^[^\n]*?\.(?=\s|$)/.exec(description)?.[0] ?? description.split('\n')[0] ?? '';
  const trimmed = sentence.replace(/\.$/, '').trim();
  return trimmed !== '' && trimmed.length <= 140 ? trimmed : undefined;
}

/** `Always, IfNotPresent or Never` */
function listOfAlternatives(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'one of the supported values';
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * How a message names the field at `path`: its key, with list indexes after it (`args[2]`),
 * and a map's name before a user-chosen key (`labels[version]`).
 */
export function fieldLabel(path: DataPath): string {
  let start = path.length - 1;
  while (start > 0 && typeof path[start] === 'number') start--;
  if (start < 0) return 'The object';
  const parent = path[start - 1];
  if (typeof parent === 'string' && MAP_FIELDS.has(parent)) start--;
  return formatDataPath(path.slice(start));
}

/** The data path of an ajv instance path (`/spec/containers/0`), reading which steps are list indexes from the data. */
export function dataPathOf(root: JsonValue, pointer: string): DataPath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: JsonValue | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isJsonArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = field(current, segment);
    }
  }
  return path;
}

/** Orders two paths inside `root` as their values appear in the document. */
function compareInDocumentOrder(root: JsonValue, a: DataPath, b: DataPath): number {
  let current: JsonValue | undefined = root;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const left = a[i]!;
    const right = b[i]!;
    if (left !== right) {
      if (typeof left === 'number' && typeof right === 'number') return left - right;
      const keys = isJsonObject(current) ? Object.keys(current) : [];
      const position = (segment: string | number): number => {
        const index = keys.indexOf(String(segment));
        return index < 0 ? keys.length : index;
      };
      return position(left) - position(right) || String(left).localeCompare(String(right));
    }
    current = typeof left === 'number' ? (isJsonArray(current) ? current[left] : undefined) : field(current, left);
  }
  return a.length - b.length;
}
