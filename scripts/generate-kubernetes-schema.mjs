#!/usr/bin/env node
/**
 * Generates src/generated/kubernetes-schema.json, the JSON Schema (draft-07) of the Kubernetes
 * objects Pod Designer edits, from the npm package kubernetes-models (generated from the
 * Kubernetes 1.36 API) and its @kubernetes-models/apimachinery and @kubernetes-models/base
 * dependencies. Runs as the package's `postinstall`; reads nothing outside the project.
 *
 * Where the facts come from
 * - Each definition's `.d.ts` file (an `export interface` with TSDoc comments): property names,
 *   descriptions, which properties are required (no `?`), string-literal unions (enums), arrays
 *   (`Array<X>`), maps (`{ [key: string]: X }`) and references (imported `IIoK8s...` names).
 *   The `.d.ts` files are parsed by a small parser of the generator's regular format; any shape
 *   it does not know stops the script with a message naming the file and line.
 * - Each definition's `_schemas/*.js` (ajv standalone validators): whether a `number` property is
 *   an integer (int32/int64) or a floating-point number, whether a string is base64 (`byte`), and
 *   the required list, which is checked against the `.d.ts`.
 *
 * Shape of the output
 * - `definitions`, keyed by the OpenAPI definition name (`io.k8s.api.core.v1.Probe`,
 *   `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta` ...): only those reachable from the root
 *   kinds in ROOTS below. An object definition has `type`, `description`, `properties` (each with
 *   a `description`), `required` and `additionalProperties: false` (the API server's strict
 *   decoding rejects unknown fields); a map is `additionalProperties: <value schema>`.
 * - `null` is accepted wherever the API server accepts it as "unset": every optional property
 *   (`type: ["string", "null"]`; an enum lists `null` too), and every non-root definition
 *   (`type: ["object", "null"]`), because an optional property that references one is a bare
 *   `$ref`. Where null is not acceptable (a required property, an array item) the `$ref` has a
 *   sibling `type` without "null" (ajv 8 and monaco-yaml both apply keywords beside `$ref`).
 * - Quantity: a number, or a string matching the Kubernetes quantity pattern. IntOrString: an
 *   integer or a string. Time and MicroTime: strings. FieldsV1: any object.
 * - Root kinds require `apiVersion` and `kind`, each an `enum` of its one value.
 * - The document root is a dispatcher for a file that may hold any kind: an object that must
 *   have `apiVersion` and `kind`, with one `if`/`then` per root kind in `allOf`, selected by
 *   `kind` and an apiVersion of a built-in API group (so `apiVersion: v1` on a Deployment is
 *   reported, while a custom resource that shares a kind name, whose group has a dot, is not);
 *   `kind: List` (v1) dispatches each of its `items` the same way (`$ref: "#"`); any other kind
 *   (a custom resource) is accepted unchecked.
 * - `x-pod-designer-roots`: { [kind]: { apiVersion, definition } }, e.g.
 *   `"Deployment": { "apiVersion": "apps/v1", "definition": "io.k8s.api.apps.v1.Deployment" }`,
 *   to validate one known kind directly against `#/definitions/<definition>`.
 * - `x-pod-designer-source`: the package versions the schema was generated from.
 *
 * Usage: node scripts/generate-kubernetes-schema.mjs   (no arguments; deterministic output)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = path.join(projectRoot, 'src', 'generated', 'kubernetes-schema.json');

/**
 * The kinds a manifest may hold, with how the dispatcher recognises them (see dispatchEntry):
 * `group` checks every built-in apiVersion of the kind against the one version here (so a
 * removed `apps/v1beta1` Deployment is reported); `exact` lets the other versions of its own
 * group through unchecked (autoscaling/v1 HorizontalPodAutoscaler is still served and has
 * another shape).
 */
const ROOTS = [
  { file: 'v1/Pod', dispatch: 'group' },
  { file: 'apps/v1/Deployment', dispatch: 'group' },
  { file: 'apps/v1/StatefulSet', dispatch: 'group' },
  { file: 'apps/v1/DaemonSet', dispatch: 'group' },
  { file: 'apps/v1/ReplicaSet', dispatch: 'group' },
  { file: 'v1/ReplicationController', dispatch: 'group' },
  { file: 'batch/v1/Job', dispatch: 'group' },
  { file: 'batch/v1/CronJob', dispatch: 'group' },
  { file: 'v1/ConfigMap', dispatch: 'group' },
  { file: 'v1/Secret', dispatch: 'group' },
  { file: 'v1/PersistentVolumeClaim', dispatch: 'group' },
  { file: 'v1/Service', dispatch: 'group' },
  { file: 'v1/ServiceAccount', dispatch: 'group' },
  { file: 'policy/v1/PodDisruptionBudget', dispatch: 'group' },
  { file: 'autoscaling/v2/HorizontalPodAutoscaler', dispatch: 'exact' },
  { file: 'networking.k8s.io/v1/NetworkPolicy', dispatch: 'group' },
];

/** The quantity syntax the API server's decoder enforces (its error message quotes it). */
const QUANTITY_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
/** base64 as Go's encoding/json decodes a []byte: standard alphabet, padded, CR/LF ignored. */
const BASE64_PATTERN =
  '^[\\r\\n]*(?:(?:[A-Za-z0-9+/][\\r\\n]*){4})*(?:(?:[A-Za-z0-9+/][\\r\\n]*){2}=[\\r\\n]*=|(?:[A-Za-z0-9+/][\\r\\n]*){3}=)?[\\r\\n]*$';

/**
 * The `export type X = ...` aliases of apimachinery: what the .d.ts must say, what the ajv
 * validator must check, and the schema written for them (null added by the generator).
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

class GeneratorError extends Error {}

function fail(message) {
  throw new GeneratorError(message);
}

// ---------------------------------------------------------------------------------------------
// Packages

function findPackage(name, nearDir) {
  const candidates = [path.join(nearDir, 'node_modules', name), path.join(projectRoot, 'node_modules', name)];
  const dir = candidates.find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!dir) fail(`package ${name} is not installed (looked in ${candidates.join(', ')})`);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { name, dir, version: manifest.version, exports: manifest.exports ?? {} };
}

const modelsPackage = findPackage('kubernetes-models', projectRoot);
const apimachineryPackage = findPackage('@kubernetes-models/apimachinery', modelsPackage.dir);
const basePackage = findPackage('@kubernetes-models/base', modelsPackage.dir);

/** Resolves `@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta` to its .d.ts via `exports`. */
function resolvePackageTypes(pkg, subpath) {
  const key = `./${subpath}`;
  for (const [pattern, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types) continue;
    if (pattern === key) return path.join(pkg.dir, types);
    const star = pattern.indexOf('*');
    if (star < 0) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (key.startsWith(prefix) && key.endsWith(suffix) && key.length >= prefix.length + suffix.length) {
      const middle = key.slice(prefix.length, key.length - suffix.length);
      return path.join(pkg.dir, types.replace('*', middle));
    }
  }
  return fail(`${pkg.name} does not export types for "${key}"`);
}

function relativeToProject(file) {
  return path.relative(projectRoot, file);
}

// ---------------------------------------------------------------------------------------------
// Definition names

function pascalCase(definitionName) {
  return definitionName
    .split('.')
    .map((segment) => segment.charAt(0).toUpperCase() + segment.slice(1))
    .join('');
}

/** `node_modules/kubernetes-models/apps/v1/Deployment.d.ts` -> `io.k8s.api.apps.v1.Deployment`. */
function definitionNameOf(file) {
  const inModels = path.relative(modelsPackage.dir, file);
  const inApimachinery = path.relative(apimachineryPackage.dir, file);
  if (!inModels.startsWith('..')) {
    const parts = inModels.replace(/\.d\.ts$/, '').split(path.sep);
    if (parts.length === 2 && /^v\d/.test(parts[0])) return `io.k8s.api.core.${parts[0]}.${parts[1]}`;
    if (parts.length === 3) {
      const group = parts[0].replace(/\.k8s\.io$/, '').split('.')[0];
      return `io.k8s.api.${group}.${parts[1]}.${parts[2]}`;
    }
  } else if (!inApimachinery.startsWith('..')) {
    const parts = inApimachinery.replace(/\.d\.ts$/, '').split(path.sep);
    return `io.k8s.apimachinery.pkg.${parts.join('.')}`;
  }
  return fail(`cannot name the definition in ${relativeToProject(file)}`);
}

// ---------------------------------------------------------------------------------------------
// Tokenizer for the generated .d.ts files

const PUNCTUATION = new Set(['{', '}', '<', '>', '[', ']', '(', ')', ':', ';', '?', '|', ',', '=', '.']);

function tokenize(text, file) {
  const tokens = [];
  let index = 0;
  let line = 1;
  const where = () => `${relativeToProject(file)}:${line}`;
  while (index < text.length) {
    const char = text[index];
    if (char === '\n') {
      line++;
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      index++;
    } else if (text.startsWith('/**', index)) {
      const end = text.indexOf('*/', index + 3);
      if (end < 0) fail(`${where()}: unterminated comment`);
      const raw = text.slice(index, end + 2);
      tokens.push({ kind: 'doc', value: docText(raw, where()), line });
      line += raw.split('\n').length - 1;
      index = end + 2;
    } else if (text.startsWith('//', index)) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (text.startsWith('/*', index)) {
      const end = text.indexOf('*/', index + 2);
      if (end < 0) fail(`${where()}: unterminated comment`);
      line += text.slice(index, end).split('\n').length - 1;
      index = end + 2;
    } else if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) {
        if (text[end] === '\\') end++;
        if (text[end] === '\n') fail(`${where()}: newline in a string literal`);
        end++;
      }
      if (end >= text.length) fail(`${where()}: unterminated string literal`);
      tokens.push({ kind: 'string', value: JSON.parse(`"${text.slice(index + 1, end).replace(/\\'/g, "'")}"`), line });
      index = end + 1;
    } else if (/[A-Za-z_$]/.test(char)) {
      const match = /^[A-Za-z0-9_$]+/.exec(text.slice(index, index + 200));
      tokens.push({ kind: 'identifier', value: match[0], line });
      index += match[0].length;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: 'punctuation', value: char, line });
      index++;
    } else {
      fail(`${where()}: unexpected character ${JSON.stringify(char)}`);
    }
  }
  return tokens;
}

/**
 * The text of a TSDoc comment, with the generator's escapes (`\*`, `*\/`) undone and its
 * trailing `@deprecated` tag dropped (the API's own text already says "Deprecated: ...").
 */
function docText(raw, where) {
  const lines = raw
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines[lines.length - 1] === '@deprecated') lines.pop();
  const tag = lines.find((line) => /^@\w/.test(line));
  if (tag) fail(`${where}: unsupported TSDoc tag "${tag}"`);
  return lines
    .join('\n')
    .replace(/\n+$/, '')
    .replace(/\\\*/g, '*')
    .replace(/\*\\\//g, '*/');
}

// ---------------------------------------------------------------------------------------------
// Parser: one .d.ts file -> { imports, interface | alias, exported alias name }

class Parser {
  constructor(file, text = readFileSync(file, 'utf8')) {
    this.file = file;
    this.tokens = tokenize(text, file);
    this.position = 0;
  }

  where(token = this.peek()) {
    return `${relativeToProject(this.file)}:${token ? token.line : 'end'}`;
  }

  peek(offset = 0) {
    return this.tokens[this.position + offset];
  }

  next() {
    const token = this.tokens[this.position++];
    if (!token) fail(`${relativeToProject(this.file)}: unexpected end of file`);
    return token;
  }

  is(value, offset = 0) {
    const token = this.peek(offset);
    return token !== undefined && token.kind !== 'string' && token.kind !== 'doc' && token.value === value;
  }

  expect(value) {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'doc' || token.value !== value) {
      fail(`${this.where(token)}: expected "${value}" but found ${describeToken(token)}`);
    }
    return token;
  }

  expectKind(kind) {
    const token = this.next();
    if (token.kind !== kind) fail(`${this.where(token)}: expected a ${kind} but found ${describeToken(token)}`);
    return token.value;
  }

  parseFile() {
    const result = { file: this.file, imports: new Map(), declarations: [], exportedAliases: new Map() };
    let pendingDoc;
    while (this.peek()) {
      const token = this.peek();
      if (token.kind === 'doc') {
        pendingDoc = this.next().value;
        continue;
      }
      if (this.is('import')) {
        this.parseImport(result.imports);
      } else if (this.is('export') && this.is('interface', 1)) {
        result.declarations.push(this.parseInterface(pendingDoc));
      } else if (this.is('export') && this.is('declare', 1) && this.is('class', 2)) {
        this.skipClass();
      } else if (this.is('export') && this.is('type', 1) && this.is('{', 2)) {
        this.parseExportedAliases(result.exportedAliases);
      } else if (this.is('export') && this.is('type', 1)) {
        result.declarations.push(this.parseTypeAlias(pendingDoc));
      } else {
        fail(`${this.where()}: unexpected top-level ${describeToken(token)}`);
      }
      pendingDoc = undefined;
    }
    return result;
  }

  parseImport(imports) {
    this.expect('import');
    this.expect('{');
    const names = [];
    while (!this.is('}')) {
      const imported = this.expectKind('identifier');
      let local = imported;
      if (this.is('as')) {
        this.next();
        local = this.expectKind('identifier');
      }
      names.push({ imported, local });
      if (!this.is('}')) this.expect(',');
    }
    this.expect('}');
    this.expect('from');
    const specifier = this.expectKind('string');
    this.expect(';');
    for (const name of names) imports.set(name.local, { imported: name.imported, specifier });
  }

  parseInterface(doc) {
    const start = this.peek();
    this.expect('export');
    this.expect('interface');
    const name = this.expectKind('identifier');
    let extendsName;
    if (this.is('extends')) {
      this.next();
      extendsName = this.expectKind('identifier');
    }
    const members = this.parseObjectBody();
    return { kind: 'interface', name, extendsName, doc, members, line: start.line };
  }

  /** `{ members }` or `{ [key: string]: T; }`; returns members, or { indexSignature } for a map. */
  parseObjectBody() {
    this.expect('{');
    const members = [];
    let indexSignature;
    let pendingDoc;
    while (!this.is('}')) {
      const token = this.peek();
      if (token.kind === 'doc') {
        pendingDoc = this.next().value;
        continue;
      }
      if (this.is('[')) {
        this.next();
        this.expectKind('identifier');
        this.expect(':');
        this.expect('string');
        this.expect(']');
        this.expect(':');
        indexSignature = this.parseType();
        this.expect(';');
      } else {
        const nameToken = this.next();
        if (nameToken.kind !== 'string' && nameToken.kind !== 'identifier') {
          fail(`${this.where(nameToken)}: expected a property name but found ${describeToken(nameToken)}`);
        }
        let optional = false;
        if (this.is('?')) {
          this.next();
          optional = true;
        }
        this.expect(':');
        const type = this.parseType();
        this.expect(';');
        members.push({ name: nameToken.value, optional, doc: pendingDoc, type, line: nameToken.line });
      }
      pendingDoc = undefined;
    }
    this.expect('}');
    if (indexSignature && members.length > 0) {
      fail(`${this.where()}: an object type with both an index signature and properties`);
    }
    return indexSignature ? { indexSignature } : members;
  }

  parseType() {
    const alternatives = [this.parsePrimaryType()];
    while (this.is('|')) {
      this.next();
      alternatives.push(this.parsePrimaryType());
    }
    if (alternatives.length === 1) return alternatives[0];
    return { kind: 'union', alternatives, line: this.peek()?.line };
  }

  parsePrimaryType() {
    const token = this.peek();
    if (!token) fail(`${relativeToProject(this.file)}: unexpected end of file in a type`);
    if (token.kind === 'string') {
      this.next();
      return { kind: 'literal', value: token.value };
    }
    if (this.is('{')) {
      const body = this.parseObjectBody();
      return Array.isArray(body) ? { kind: 'object', members: body } : { kind: 'map', value: body.indexSignature };
    }
    if (token.kind === 'identifier') {
      this.next();
      if (['string', 'number', 'boolean'].includes(token.value)) return { kind: 'primitive', name: token.value };
      if (token.value === 'Array') {
        this.expect('<');
        const items = this.parseType();
        this.expect('>');
        return { kind: 'array', items };
      }
      if (this.is('[') || this.is('<') || this.is('.')) {
        fail(`${this.where()}: unsupported type expression after ${token.value}`);
      }
      return { kind: 'reference', name: token.value, line: token.line };
    }
    return fail(`${this.where()}: unsupported type ${describeToken(token)}`);
  }

  skipClass() {
    while (!this.is('{')) this.next();
    let depth = 0;
    do {
      const token = this.next();
      if (token.kind === 'punctuation' && token.value === '{') depth++;
      if (token.kind === 'punctuation' && token.value === '}') depth--;
    } while (depth > 0);
  }

  parseExportedAliases(exportedAliases) {
    this.expect('export');
    this.expect('type');
    this.expect('{');
    while (!this.is('}')) {
      const local = this.expectKind('identifier');
      this.expect('as');
      const exported = this.expectKind('identifier');
      exportedAliases.set(local, exported);
      if (!this.is('}')) this.expect(',');
    }
    this.expect('}');
    this.expect(';');
  }

  parseTypeAlias(doc) {
    const start = this.peek();
    this.expect('export');
    this.expect('type');
    const name = this.expectKind('identifier');
    this.expect('=');
    const type = this.parseType();
    this.expect(';');
    return { kind: 'alias', name, doc, type, line: start.line };
  }
}

function describeToken(token) {
  if (!token) return 'end of file';
  if (token.kind === 'doc') return 'a doc comment';
  return `${token.kind} ${JSON.stringify(token.value)}`;
}

// ---------------------------------------------------------------------------------------------
// The ajv standalone validators in _schemas/*.js

function validatorFileOf(definitionName, file) {
  const pkg = definitionName.startsWith('io.k8s.apimachinery.') ? apimachineryPackage : modelsPackage;
  const validatorFile = path.join(pkg.dir, '_schemas', `${pascalCase(definitionName)}.js`);
  if (!existsSync(validatorFile))
    fail(`no validator ${relativeToProject(validatorFile)} for ${relativeToProject(file)}`);
  return validatorFile;
}

/** Function bodies of a minified ajv standalone module, by name, and the exported validator. */
function readValidator(validatorFile) {
  const code = readFileSync(validatorFile, 'utf8');
  const exported = /export const validate=(validate\d+);/.exec(code);
  if (!exported) fail(`${relativeToProject(validatorFile)}: no "export const validate=validateN"`);
  const bodies = new Map();
  const starts = [...code.matchAll(/function (validate\d+)\(/g)];
  starts.forEach((match, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].index : code.length;
    bodies.set(match[1], code.slice(match.index, end));
  });
  if (!bodies.has(exported[1])) fail(`${relativeToProject(validatorFile)}: ${exported[1]} is not defined`);
  return { file: validatorFile, bodies, main: exported[1] };
}

/** The text of a validator function and of every local validator it calls, transitively. */
function validatorClosure(validator, name) {
  const seen = new Set();
  const pending = [name];
  let text = '';
  while (pending.length > 0) {
    const current = pending.pop();
    if (seen.has(current) || !validator.bodies.has(current)) continue;
    seen.add(current);
    const body = validator.bodies.get(current);
    text += body;
    for (const call of body.matchAll(/\b(validate\d+)\b/g)) pending.push(call[1]);
  }
  return text;
}

function checkedTypes(text) {
  return new Set([...text.matchAll(/params:\{type:"(\w+)"\}/g)].map((match) => match[1]));
}

function checkedFormats(text) {
  return new Set([...text.matchAll(/params:\{format:"([\w-]+)"\}/g)].map((match) => match[1]));
}

/** What the validator checks for one property of the main object: { types, formats }. */
function propertyFacts(validator, property) {
  const main = validator.bodies.get(validator.main);
  const access = /^[A-Za-z_$][\w$]*$/.test(property) ? `data.${property}` : `data[${JSON.stringify(property)}]`;
  const escaped = access.replace(/[.[\]$]/g, (char) => `\\${char}`);
  const call = new RegExp(`void 0!==${escaped}&&\\((validate\\d+)\\(${escaped},`).exec(main);
  if (!call) fail(`${relativeToProject(validator.file)}: cannot find the validator of property "${property}"`);
  const text = validatorClosure(validator, call[1]);
  return { types: checkedTypes(text), formats: checkedFormats(text) };
}

function requiredByValidator(validator) {
  const main = validator.bodies.get(validator.main);
  return new Set([...main.matchAll(/missingProperty:"([^"]+)"/g)].map((match) => match[1]));
}

// ---------------------------------------------------------------------------------------------
// Loading definitions, following references from the roots

const definitions = new Map(); // definition name -> { name, file, declaration, parsed, validator }
const fileCache = new Map(); // absolute .d.ts path -> definition name

function parseTypeMeta() {
  // meta.d.ts also declares generic helpers the parser has no use for: read the interface only.
  const file = path.join(basePackage.dir, 'dist', 'meta.d.ts');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('export interface TypeMeta {');
  const end = text.indexOf('\n}\n', start);
  if (start < 0 || end < 0) fail(`${relativeToProject(file)}: no interface TypeMeta`);
  const typeMeta = new Parser(file, text.slice(start, end + 2)).parseFile().declarations[0];
  if (!typeMeta || !Array.isArray(typeMeta.members)) fail(`${relativeToProject(file)}: no interface TypeMeta`);
  const docs = new Map(typeMeta.members.map((member) => [member.name, member.doc]));
  for (const name of ['apiVersion', 'kind']) {
    if (!docs.get(name)) fail(`${relativeToProject(file)}: TypeMeta.${name} has no description`);
  }
  return docs;
}

function loadDefinition(file) {
  if (fileCache.has(file)) return fileCache.get(file);
  if (!existsSync(file)) fail(`missing file ${relativeToProject(file)}`);
  const name = definitionNameOf(file);
  fileCache.set(file, name);
  const parsed = new Parser(file).parseFile();
  const main = parsed.declarations.filter(
    (declaration) => parsed.exportedAliases.get(declaration.name) === `I${pascalCase(name)}`,
  );
  if (main.length !== 1) {
    fail(`${relativeToProject(file)}: expected one declaration exported as I${pascalCase(name)} (definition ${name})`);
  }
  const declaration = main[0];
  const others = parsed.declarations.filter(
    (other) =>
      other !== declaration &&
      !(other.kind === 'alias' && other.type.kind === 'reference' && other.type.name === declaration.name),
  );
  if (others.length > 0) fail(`${relativeToProject(file)}: unexpected declaration ${others[0].name}`);
  const definition = { name, file, declaration, parsed, validator: readValidator(validatorFileOf(name, file)) };
  definitions.set(name, definition);
  forEachReference(declaration, (reference) => loadDefinition(resolveReference(definition, reference)));
  return name;
}

function forEachReference(declaration, visit) {
  const walk = (type) => {
    switch (type.kind) {
      case 'reference':
        visit(type);
        break;
      case 'array':
        walk(type.items);
        break;
      case 'map':
        walk(type.value);
        break;
      case 'object':
        for (const member of type.members) walk(member.type);
        break;
      case 'union':
        type.alternatives.forEach(walk);
        break;
      default:
        break;
    }
  };
  if (declaration.kind === 'alias') walk(declaration.type);
  else if (Array.isArray(declaration.members)) for (const member of declaration.members) walk(member.type);
  else fail(`${declaration.name}: an interface that is only an index signature`);
}

/** The .d.ts file an imported `IIoK8s...` name refers to, checked against the name itself. */
function resolveReference(definition, reference) {
  const where = `${relativeToProject(definition.file)}:${reference.line}`;
  const imported = definition.parsed.imports.get(reference.name);
  if (!imported) fail(`${where}: ${reference.name} is not imported (a local or global type is not supported)`);
  let target;
  if (imported.specifier.startsWith('.')) {
    target = path.resolve(path.dirname(definition.file), imported.specifier.replace(/\.js$/, '.d.ts'));
  } else if (imported.specifier.startsWith(`${apimachineryPackage.name}/`)) {
    target = resolvePackageTypes(apimachineryPackage, imported.specifier.slice(apimachineryPackage.name.length + 1));
  } else {
    fail(`${where}: ${reference.name} is imported from an unsupported module "${imported.specifier}"`);
  }
  const expected = `I${pascalCase(definitionNameOf(target))}`;
  if (imported.imported !== expected) {
    fail(
      `${where}: ${imported.imported} from "${imported.specifier}" does not match its definition name (${expected})`,
    );
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// Schema emission

function nullable(type) {
  return Array.isArray(type) ? [...type, 'null'] : [type, 'null'];
}

/** The non-null `type` of a definition, to put beside a `$ref` where null is not acceptable. */
function nonNullTypeOf(definitionName) {
  const alias = SCALAR_ALIASES[definitionName];
  return alias ? alias.schema.type : 'object';
}

function emitDefinition(definition, rootNames, typeMetaDocs) {
  const { declaration, name } = definition;
  const isRoot = rootNames.has(name);
  if (declaration.kind === 'alias') {
    const alias = SCALAR_ALIASES[name];
    if (!alias)
      fail(`${relativeToProject(definition.file)}: type alias ${declaration.name} is not a known scalar alias`);
    const declared = primitiveUnion(declaration.type);
    if (declared !== alias.declared) {
      fail(`${relativeToProject(definition.file)}: ${name} is declared as ${declared}, expected ${alias.declared}`);
    }
    const validated = [...checkedTypes(validatorClosure(definition.validator, definition.validator.main))]
      .sort()
      .join('|');
    if (validated !== alias.validated) {
      fail(
        `${relativeToProject(definition.validator.file)}: ${name} is validated as ${validated}, expected ${alias.validated}`,
      );
    }
    const description = alias.description ?? declaration.doc;
    if (!description) fail(`${relativeToProject(definition.file)}: ${name} has no description`);
    return { description, ...alias.schema, type: nullable(alias.schema.type) };
  }

  if (declaration.extendsName && declaration.extendsName !== 'TypeMeta') {
    fail(
      `${relativeToProject(definition.file)}: ${declaration.name} extends ${declaration.extendsName}, only TypeMeta is supported`,
    );
  }
  if (!declaration.doc) fail(`${relativeToProject(definition.file)}: ${declaration.name} has no description`);
  if (declaration.members.length === 0) {
    if (!FREE_FORM_OBJECTS.has(name)) {
      fail(`${relativeToProject(definition.file)}: empty interface ${name} is not a known free-form object`);
    }
    return { description: declaration.doc, type: ['object', 'null'] };
  }

  const required = declaration.members.filter((member) => !member.optional).map((member) => member.name);
  const validatorRequired = requiredByValidator(definition.validator);
  const requiredMismatch =
    required.length !== validatorRequired.size || required.some((member) => !validatorRequired.has(member));
  if (requiredMismatch) {
    fail(
      `${relativeToProject(definition.file)}: required properties [${required}] differ from the validator's [${[...validatorRequired]}]`,
    );
  }

  const context = { definition, typeMetaDocs, isTypeMeta: declaration.extendsName === 'TypeMeta' };
  const schema = objectSchema(declaration.members, context, !isRoot);
  return { description: declaration.doc, ...schema };
}

function objectSchema(members, context, acceptsNull) {
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

function propertySchema(member, context) {
  const where = `${relativeToProject(context.definition.file)}:${member.line}`;
  let description = member.doc;
  if (!description && context.isTypeMeta && (member.name === 'apiVersion' || member.name === 'kind')) {
    description = context.typeMetaDocs.get(member.name);
  }
  if (!description && member.type.kind === 'reference') {
    description = definitions.get(referencedName(context.definition, member.type))?.declaration.doc;
  }
  if (!description) fail(`${where}: property "${member.name}" has no description`);
  const facts = () => propertyFacts(context.definition.validator, member.name);
  const schema = typeSchema(member.type, { ...context, where, facts, nullable: member.optional });
  return { description, ...schema };
}

function referencedName(definition, reference) {
  return definitionNameOf(resolveReference(definition, reference));
}

/** The schema of a type; `context.nullable` says whether this position accepts null. */
function typeSchema(type, context) {
  const withNull = (schema) => (context.nullable ? { ...schema, type: nullable(schema.type) } : schema);
  switch (type.kind) {
    case 'primitive': {
      if (type.name === 'string') return withNull(stringSchema(context));
      if (type.name === 'boolean') return withNull({ type: 'boolean' });
      return withNull({ type: numberType(context) });
    }
    case 'literal':
    case 'union': {
      const values = literalUnion(type, context.where);
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
      const target = referencedName(context.definition, type);
      const ref = { $ref: `#/definitions/${target}` };
      // Referenced definitions accept null; map values keep that (the decoder reads null as zero).
      return context.nullable || context.inMap ? ref : { ...ref, type: nonNullTypeOf(target) };
    }
    default:
      return fail(`${context.where}: unsupported type ${type.kind}`);
  }
}

function stringSchema(context) {
  if (context.inline) return { type: 'string' };
  const { formats } = context.facts();
  const unknown = [...formats].filter((format) => format !== 'byte');
  if (unknown.length > 0) fail(`${context.where}: string format ${unknown} is not supported`);
  return formats.has('byte')
    ? { type: 'string', contentEncoding: 'base64', pattern: BASE64_PATTERN }
    : { type: 'string' };
}

function numberType(context) {
  if (context.inline) fail(`${context.where}: a number inside an inline object type is not supported`);
  const { types } = context.facts();
  const integer = types.has('integer');
  const number = types.has('number');
  if (integer === number) fail(`${context.where}: the validator does not say whether this number is an integer`);
  return integer ? 'integer' : 'number';
}

function literalUnion(type, where) {
  const alternatives = type.kind === 'union' ? type.alternatives : [type];
  const values = alternatives.map((alternative) => {
    if (alternative.kind !== 'literal') fail(`${where}: a union of ${alternative.kind} types is not supported`);
    return alternative.value;
  });
  if (new Set(values).size !== values.length) fail(`${where}: repeated value in a string-literal union`);
  return values;
}

function primitiveUnion(type) {
  const alternatives = type.kind === 'union' ? type.alternatives : [type];
  return alternatives
    .map((alternative) => (alternative.kind === 'primitive' ? alternative.name : `<${alternative.kind}>`))
    .sort()
    .join('|');
}

// ---------------------------------------------------------------------------------------------
// Roots and the dispatcher

function rootInfo(root) {
  const file = resolvePackageTypes(modelsPackage, root.file);
  const name = loadDefinition(file);
  const declaration = definitions.get(name).declaration;
  const literal = (property) => {
    const member = declaration.members.find((candidate) => candidate.name === property);
    if (!member || member.optional || member.type.kind !== 'literal') {
      fail(`${relativeToProject(file)}: root ${name} has no required string-literal "${property}"`);
    }
    return member.type.value;
  };
  return { name, kind: literal('kind'), apiVersion: literal('apiVersion'), dispatch: root.dispatch };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The `if` of a root kind: its `kind`, and an apiVersion that is not a custom resource's. A
 * custom resource's group always has a dot (`serving.knative.dev/v1` Service, Calico's
 * `crd.projectcalico.org/v1` NetworkPolicy), so those pass through unchecked; a built-in
 * group that is wrong for the kind (`v1` Deployment, `extensions/v1beta1` NetworkPolicy) is
 * dispatched, and the kind's `apiVersion` enum reports it.
 */
function dispatchEntry(root) {
  const slash = root.apiVersion.indexOf('/');
  const ownGroup = slash < 0 ? '' : root.apiVersion.slice(0, slash);
  const builtIn = ['[^/]*$']; // the core group ("v1"), or no group at all
  if (root.dispatch === 'exact') {
    builtIn.push(`${escapeRegExp(root.apiVersion)}$`, `(?!${escapeRegExp(ownGroup)}/)[^./]+/`);
  } else {
    builtIn.push('[^./]+/');
    if (ownGroup.includes('.')) builtIn.push(`${escapeRegExp(ownGroup)}/`);
  }
  return {
    if: {
      properties: { kind: { const: root.kind }, apiVersion: { pattern: `^(?:${builtIn.join('|')})` } },
      required: ['kind'],
    },
    then: { $ref: `#/definitions/${root.name}` },
  };
}

function buildSchema() {
  const typeMetaDocs = parseTypeMeta();
  const roots = ROOTS.map(rootInfo);
  const kinds = roots.map((root) => root.kind);
  if (new Set(kinds).size !== kinds.length) fail('two roots have the same kind');
  const rootNames = new Set(roots.map((root) => root.name));

  const emitted = {};
  for (const name of [...definitions.keys()].sort()) {
    emitted[name] = emitDefinition(definitions.get(name), rootNames, typeMetaDocs);
  }

  const listEntry = {
    if: { properties: { kind: { const: 'List' }, apiVersion: { const: 'v1' } }, required: ['kind'] },
    then: {
      properties: {
        items: {
          description: 'The objects of the list, each checked like a document of its own.',
          type: 'array',
          items: { $ref: '#' },
        },
      },
    },
  };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kubernetes objects (Kubernetes 1.36, from kubernetes-models)',
    description:
      'A Kubernetes object: known kinds are checked against their definition, a List has each of its items checked, and other kinds (custom resources) are accepted as they are.',
    type: 'object',
    properties: {
      apiVersion: {
        description: typeMetaDocs.get('apiVersion'),
        type: 'string',
        examples: [...new Set(roots.map((root) => root.apiVersion))],
      },
      kind: { description: typeMetaDocs.get('kind'), type: 'string', examples: [...kinds, 'List'] },
    },
    required: ['apiVersion', 'kind'],
    allOf: [...roots.map(dispatchEntry), listEntry],
    'x-pod-designer-roots': Object.fromEntries(
      roots.map((root) => [root.kind, { apiVersion: root.apiVersion, definition: root.name }]),
    ),
    'x-pod-designer-source': {
      generator: 'scripts/generate-kubernetes-schema.mjs',
      packages: {
        [modelsPackage.name]: modelsPackage.version,
        [apimachineryPackage.name]: apimachineryPackage.version,
        [basePackage.name]: basePackage.version,
      },
    },
    definitions: emitted,
  };
}

function main() {
  const started = performance.now();
  const schema = buildSchema();
  mkdirSync(path.dirname(outputFile), { recursive: true });
  const text = `${JSON.stringify(schema)}\n`;
  writeFileSync(outputFile, text);
  const milliseconds = Math.round(performance.now() - started);
  console.log(
    `kubernetes schema: ${Object.keys(schema.definitions).length} definitions, ${text.length} bytes -> ` +
      `${relativeToProject(outputFile)} (${milliseconds} ms)`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof GeneratorError) {
    console.error(`generate-kubernetes-schema: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
