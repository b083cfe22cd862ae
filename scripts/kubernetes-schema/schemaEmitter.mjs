// @ts-check
import { checkedTypes, propertyFacts, requiredByValidator, validatorClosure } from './ajvValidators.mjs';
import { fail } from './generatorError.mjs';

/**
 * @import { Member, TypeNode } from './declarationParser.mjs'
 * @import { Definition, DefinitionLoader } from './definitionLoader.mjs'
 */

/** A JSON Schema fragment (draft-07), as the generator writes it. */
/** @typedef {Record<string, unknown>} JsonSchema */
/** @typedef {string | string[]} SchemaType */

/** The quantity syntax the API server's decoder enforces (its error message quotes it). */
const QUANTITY_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
/** base64 as Go's encoding/json decodes a []byte: standard alphabet, padded, CR/LF ignored. */
const BASE64_PATTERN =
  '^[\\r\\n]*(?:(?:[A-Za-z0-9+/][\\r\\n]*){4})*(?:(?:[A-Za-z0-9+/][\\r\\n]*){2}=[\\r\\n]*=|(?:[A-Za-z0-9+/][\\r\\n]*){3}=)?[\\r\\n]*$';

/**
 * The `export type X = ...` aliases of apimachinery: what the .d.ts must say, what the ajv
 * validator must check, and the schema written for them (null added by the generator).
 * @type {Record<string, { declared: string; validated: string; schema: { type: SchemaType } & JsonSchema; description?: string }>}
 */
const SCALAR_ALIASES = {
  'io.k8s.apimachinery.pkg.api.resource.Quantity': {
    declared: 'number|string',
    validated: 'number|string',
    schema: { type: ['string', 'number'], pattern: QUANTITY_PATTERN },
    // kubernetes-models ships Quantity without a description; this one is ours.
    description:
      'Quantity is a fixed-point amount of a resource: a number with an optional suffix, either a ' +
      'binary SI suffix (Ki, Mi, Gi, Ti, Pi, Ei), a decimal SI suffix (m, k, M, G, T, P, E) or a ' +
      'decimal exponent (e3, E6). Examples: 1, 0.5, 500m, 128Mi, 1Gi, 1e3. A YAML number is accepted ' +
      'as well as a string.',
  },
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {
    declared: 'number|string',
    validated: 'integer|string',
    schema: { type: ['integer', 'string'] },
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': {
    declared: 'string',
    validated: 'string',
    schema: { type: 'string' },
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': {
    declared: 'string',
    validated: 'string',
    schema: { type: 'string' },
  },
};

/** Empty interfaces that stand for free-form JSON objects; any other empty interface is an error. */
const FREE_FORM_OBJECTS = new Set([
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1',
  'io.k8s.apimachinery.pkg.runtime.RawExtension',
]);

/**
 * Where a type is written, and what it may be: `nullable` when null means "unset" there.
 * @typedef {object} EmitContext
 * @property {DefinitionLoader} loader
 * @property {Definition} definition
 * @property {Map<string, string | undefined>} typeMetaDocs
 * @property {boolean} isTypeMeta
 * @property {string} [where]
 * @property {() => { types: Set<string | undefined>; formats: Set<string | undefined> }} [facts]
 * @property {boolean} [nullable]
 * @property {boolean} [inMap]
 * @property {boolean} [inline]
 */

/**
 * @param {SchemaType} type
 * @returns {string[]}
 */
function nullable(type) {
  return Array.isArray(type) ? [...type, 'null'] : [type, 'null'];
}

/**
 * The non-null `type` of a definition, to put beside a `$ref` where null is not acceptable.
 * @param {string} definitionName
 * @returns {SchemaType}
 */
function nonNullTypeOf(definitionName) {
  const alias = SCALAR_ALIASES[definitionName];
  return alias ? alias.schema.type : 'object';
}

/**
 * The schema of one definition. A root kind does not accept null; every other definition does,
 * because an optional property that references it is a bare `$ref`.
 * @param {DefinitionLoader} loader
 * @param {Definition} definition
 * @param {ReadonlySet<string>} rootNames
 * @param {Map<string, string | undefined>} typeMetaDocs
 * @returns {JsonSchema}
 */
export function emitDefinition(loader, definition, rootNames, typeMetaDocs) {
  const { declaration, name } = definition;
  const source = loader.relative(definition.file);
  const isRoot = rootNames.has(name);
  if (declaration.kind === 'alias') {
    const alias = SCALAR_ALIASES[name];
    if (!alias) return fail(`${source}: type alias ${declaration.name} is not a known scalar alias`);
    const declared = primitiveUnion(declaration.type);
    if (declared !== alias.declared) fail(`${source}: ${name} is declared as ${declared}, expected ${alias.declared}`);
    const validated = [...checkedTypes(validatorClosure(definition.validator, definition.validator.main))]
      .sort()
      .join('|');
    if (validated !== alias.validated) {
      fail(`${definition.validator.file}: ${name} is validated as ${validated}, expected ${alias.validated}`);
    }
    const description = alias.description ?? declaration.doc;
    if (!description) fail(`${source}: ${name} has no description`);
    return { description, ...alias.schema, type: nullable(alias.schema.type) };
  }

  if (declaration.extendsName && declaration.extendsName !== 'TypeMeta') {
    fail(`${source}: ${declaration.name} extends ${declaration.extendsName}, only TypeMeta is supported`);
  }
  if (!declaration.doc) fail(`${source}: ${declaration.name} has no description`);
  if (!Array.isArray(declaration.members)) return fail(`${source}: ${declaration.name} is only an index signature`);
  if (declaration.members.length === 0) {
    if (!FREE_FORM_OBJECTS.has(name)) fail(`${source}: empty interface ${name} is not a known free-form object`);
    return { description: declaration.doc, type: ['object', 'null'] };
  }

  const required = declaration.members.filter((member) => !member.optional).map((member) => member.name);
  const validatorRequired = requiredByValidator(definition.validator);
  const requiredMismatch =
    required.length !== validatorRequired.size || required.some((member) => !validatorRequired.has(member));
  if (requiredMismatch) {
    fail(`${source}: required properties [${required}] differ from the validator's [${[...validatorRequired]}]`);
  }

  /** @type {EmitContext} */
  const context = { loader, definition, typeMetaDocs, isTypeMeta: declaration.extendsName === 'TypeMeta' };
  const schema = objectSchema(declaration.members, context, !isRoot);
  return { description: declaration.doc, ...schema };
}

/**
 * @param {Member[]} members
 * @param {EmitContext} context
 * @param {boolean | undefined} acceptsNull
 * @returns {JsonSchema}
 */
function objectSchema(members, context, acceptsNull) {
  /** @type {Record<string, JsonSchema>} */
  const properties = {};
  for (const member of members) {
    properties[member.name] = propertySchema(member, context);
  }
  const required = members.filter((member) => !member.optional).map((member) => member.name);
  return {
    type: acceptsNull ? ['object', 'null'] : 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/**
 * @param {Member} member
 * @param {EmitContext} context
 * @returns {JsonSchema}
 */
function propertySchema(member, context) {
  const { loader, definition } = context;
  const where = `${loader.relative(definition.file)}:${member.line}`;
  let description = member.doc;
  if (!description && context.isTypeMeta && (member.name === 'apiVersion' || member.name === 'kind')) {
    description = context.typeMetaDocs.get(member.name);
  }
  if (!description && member.type.kind === 'reference') {
    description = loader.definitions.get(loader.referencedName(definition, member.type))?.declaration.doc;
  }
  if (!description) fail(`${where}: property "${member.name}" has no description`);
  const facts = () => propertyFacts(definition.validator, member.name);
  const schema = typeSchema(member.type, { ...context, where, facts, nullable: member.optional });
  return { description, ...schema };
}

/**
 * The schema of a type; `context.nullable` says whether this position accepts null.
 * @param {TypeNode} type
 * @param {EmitContext} context
 * @returns {JsonSchema}
 */
function typeSchema(type, context) {
  /** @param {{ type: SchemaType } & JsonSchema} schema */
  const withNull = (schema) => (context.nullable ? { ...schema, type: nullable(schema.type) } : schema);
  const where = context.where ?? context.loader.relative(context.definition.file);
  switch (type.kind) {
    case 'primitive': {
      if (type.name === 'string') return withNull(stringSchema(context, where));
      if (type.name === 'boolean') return withNull({ type: 'boolean' });
      return withNull({ type: numberType(context, where) });
    }
    case 'literal':
    case 'union': {
      const values = literalUnion(type, where);
      return context.nullable
        ? { type: ['string', 'null'], enum: [...values, null] }
        : { type: 'string', enum: values };
    }
    case 'array':
      return withNull({ type: 'array', items: typeSchema(type.items, { ...context, nullable: false }) });
    case 'map':
      return withNull({
        type: 'object',
        additionalProperties: typeSchema(type.value, { ...context, nullable: false, inMap: true }),
      });
    case 'object':
      return objectSchema(type.members, { ...context, inline: true }, context.nullable);
    case 'reference': {
      const target = context.loader.referencedName(context.definition, type);
      const ref = { $ref: `#/definitions/${target}` };
      // Referenced definitions accept null; map values keep that (the decoder reads null as zero).
      return context.nullable || context.inMap ? ref : { ...ref, type: nonNullTypeOf(target) };
    }
    default:
      return fail(`${where}: unsupported type`);
  }
}

/**
 * @param {EmitContext} context
 * @param {string} where
 * @returns {{ type: SchemaType } & JsonSchema}
 */
function stringSchema(context, where) {
  if (context.inline || !context.facts) return { type: 'string' };
  const { formats } = context.facts();
  const unknown = [...formats].filter((format) => format !== 'byte');
  if (unknown.length > 0) fail(`${where}: string format ${unknown} is not supported`);
  return formats.has('byte')
    ? { type: 'string', contentEncoding: 'base64', pattern: BASE64_PATTERN }
    : { type: 'string' };
}

/**
 * @param {EmitContext} context
 * @param {string} where
 */
function numberType(context, where) {
  if (context.inline || !context.facts) return fail(`${where}: a number inside an inline object type is not supported`);
  const { types } = context.facts();
  const integer = types.has('integer');
  const number = types.has('number');
  if (integer === number) fail(`${where}: the validator does not say whether this number is an integer`);
  return integer ? 'integer' : 'number';
}

/**
 * @param {TypeNode} type
 * @param {string} where
 * @returns {string[]}
 */
function literalUnion(type, where) {
  const alternatives = type.kind === 'union' ? type.alternatives : [type];
  const values = alternatives.map((alternative) => {
    if (alternative.kind !== 'literal') return fail(`${where}: a union of ${alternative.kind} types is not supported`);
    return alternative.value;
  });
  if (new Set(values).size !== values.length) fail(`${where}: repeated value in a string-literal union`);
  return values;
}

/** @param {TypeNode} type */
function primitiveUnion(type) {
  const alternatives = type.kind === 'union' ? type.alternatives : [type];
  return alternatives
    .map((alternative) => (alternative.kind === 'primitive' ? alternative.name : `<${alternative.kind}>`))
    .sort()
    .join('|');
}
