import Ajv, { type ErrorObject, type SchemaValidateFunction, type ValidateFunction } from 'ajv';
import { kubernetesSchema } from '../../../schema/kubernetesSchema';
import { parseQuantity } from '../../../model/quantity';

/**
 * Ajv validators for the definitions of the Kubernetes schema, compiled lazily, one definition at
 * a time.
 *
 * Compiling a root kind the usual way (`$ref` resolved at compile time) compiles everything it
 * reaches: about 0.3–0.5 s for Pod, because PodSpec reaches most of the 229 definitions, and that
 * would freeze the page at the first keystroke. Here each definition is compiled on its own, with
 * every `$ref` to another object definition replaced by the keyword `x-definition`, which looks
 * the referenced validator up (compiling it on first use) while validating. A document only pays
 * for the definitions it actually contains. Measured in Chromium: the first small pod takes about
 * 150 ms (most of it ajv's own code warming up), a 40-container pod with 60 volumes about 130 ms
 * more (49 definitions in all), and every later validation of that pod about 1 ms.
 *
 * The referenced validator's errors are not handed back through ajv (which would rewrite their
 * schema paths) but collected beside it, each with the definition that reported it, so a message
 * can name the fields that definition has.
 *
 * Scalar definitions (Quantity, IntOrString, Time) are inlined instead of referenced. Quantity's
 * regular expression is replaced by the keyword `x-quantity`, which runs the same parser as the
 * resource rules, so `5mm` or `1..2` (which the pattern lets through) are reported too.
 */

const DEFINITION_REF_PREFIX = '#/definitions/';
const DEFINITION_KEYWORD = 'x-definition';
export const QUANTITY_KEYWORD = 'x-quantity';
const QUANTITY_DEFINITION = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

type SchemaObject = Record<string, unknown>;

const definitions = kubernetesSchema.definitions as Readonly<Record<string, SchemaObject>>;

/** An ajv error, with the definition whose schema reported it. */
export interface DefinitionError {
  readonly definition: string;
  readonly error: ErrorObject;
}

let ajvInstance: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();
/** Where referenced definitions put their errors during one {@link validateDefinition} call. */
let errorSink: DefinitionError[] | null = null;

/**
 * Validates `data` against one definition and returns every error, nested definitions' included,
 * with ajv's `instancePath` relative to `data`.
 * @example validateDefinition('io.k8s.api.core.v1.Pod', pod)
 */
export function validateDefinition(name: string, data: unknown): DefinitionError[] {
  const outer = errorSink;
  const collected: DefinitionError[] = [];
  errorSink = collected;
  try {
    const validator = definitionValidator(name);
    validator(data);
    for (const error of validator.errors ?? []) collected.push({ definition: name, error });
  } finally {
    errorSink = outer;
  }
  return collected;
}

/** The raw (generated) schema of a definition. */
export function definitionSchema(name: string): SchemaObject | undefined {
  return Object.hasOwn(definitions, name) ? definitions[name] : undefined;
}

/** The compiled validator of one definition (`io.k8s.api.core.v1.Pod`), compiled on first use. */
function definitionValidator(name: string): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  const schema = prepareDefinition(name);
  const validator = ajv().compile(schema);
  validators.set(name, validator);
  return validator;
}

/** How many definitions have been compiled so far (compilation is lazy; tests check that). */
export function compiledDefinitionCount(): number {
  return validators.size;
}

function ajv(): Ajv {
  if (ajvInstance) return ajvInstance;
  ajvInstance = new Ajv({
    allErrors: true,
    strict: false,
    // The generated schema is checked against the draft-07 meta-schema by its own tests.
    validateSchema: false,
    // Messages are written by schemaProblems.ts, in the app's words.
    messages: false,
    code: { optimize: false },
  });
  ajvInstance.addKeyword({
    keyword: DEFINITION_KEYWORD,
    schemaType: 'string',
    errors: false,
    validate: validateReferencedDefinition,
  });
  ajvInstance.addKeyword({
    keyword: QUANTITY_KEYWORD,
    schemaType: 'boolean',
    errors: true,
    validate: validateQuantity,
  });
  return ajvInstance;
}

/** Validates a referenced definition in place; its errors go to the sink, so ajv sees success. */
const validateReferencedDefinition: SchemaValidateFunction = (
  name: string,
  data: unknown,
  _parentSchema?: unknown,
  context?: Parameters<ValidateFunction>[1],
) => {
  const validator = definitionValidator(name);
  if (!validator(data, context))
    for (const error of validator.errors ?? []) errorSink?.push({ definition: name, error });
  return true;
};

const validateQuantity: SchemaValidateFunction = (_enabled: boolean, data: unknown) => {
  const valid = typeof data !== 'string' || parseQuantity(data) !== null;
  validateQuantity.errors = valid ? [] : [{ keyword: QUANTITY_KEYWORD, params: {} }];
  return valid;
};

function prepareDefinition(name: string): SchemaObject {
  const raw = definitions[name];
  if (!raw) throw new Error(`The Kubernetes schema has no definition ${name}`);
  return prepareSchema(raw, name);
}

/** A copy of a (sub)schema in which references to object definitions become lazy keywords. */
function prepareSchema(schema: SchemaObject, definitionName: string | null): SchemaObject {
  const prepared: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'description') continue;
    if (keyword === '$ref' && typeof value === 'string') continue;
    if (keyword === 'pattern' && definitionName === QUANTITY_DEFINITION) {
      prepared[QUANTITY_KEYWORD] = true;
      continue;
    }
    if (keyword === 'properties' && isSchemaObject(value)) {
      prepared.properties = Object.fromEntries(
        Object.entries(value).map(([property, propertySchema]) => [
          property,
          isSchemaObject(propertySchema) ? prepareSchema(propertySchema, null) : propertySchema,
        ]),
      );
      continue;
    }
    if ((keyword === 'items' || keyword === 'additionalProperties') && isSchemaObject(value)) {
      prepared[keyword] = prepareSchema(value, null);
      continue;
    }
    prepared[keyword] = value;
  }
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(DEFINITION_REF_PREFIX)) {
    const target = ref.slice(DEFINITION_REF_PREFIX.length);
    const targetSchema = definitions[target];
    if (targetSchema && isScalarDefinition(targetSchema) && !('type' in prepared)) {
      // Inline Quantity, IntOrString, Time ...: no function call per value.
      return { ...prepareSchema(targetSchema, target), ...prepared };
    }
    prepared[DEFINITION_KEYWORD] = target;
  }
  return prepared;
}

function isScalarDefinition(schema: SchemaObject): boolean {
  const types = ([] as unknown[]).concat(schema.type);
  return !types.includes('object') && !types.includes('array');
}

function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
