// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readValidatorOf } from './ajvValidators.mjs';
import { parseDeclarationFile } from './declarationParser.mjs';
import { definitionNameOf, pascalCase } from './definitionNames.mjs';
import { fail } from './generatorError.mjs';
import { relativePath, resolvePackageTypes } from './kubernetesPackages.mjs';

/**
 * @import { AjvValidator } from './ajvValidators.mjs'
 * @import { Declaration, DeclarationFile, TypeNode } from './declarationParser.mjs'
 * @import { KubernetesPackages } from './kubernetesPackages.mjs'
 */

/**
 * One API definition: its .d.ts declaration and its ajv validator.
 * @typedef {object} Definition
 * @property {string} name `io.k8s.api.core.v1.Probe`
 * @property {string} file
 * @property {Declaration} declaration
 * @property {DeclarationFile} parsed
 * @property {AjvValidator} validator
 */

/** Reads definitions from the packages, following every reference from the roots it is given. */
export class DefinitionLoader {
  /** @param {KubernetesPackages} packages */
  constructor(packages) {
    this.packages = packages;
    /** @type {Map<string, Definition>} by definition name */
    this.definitions = new Map();
    /** @type {Map<string, string>} definition name by .d.ts path */
    this.names = new Map();
  }

  /**
   * Loads the definition in `file` and everything it references; returns its name.
   * @param {string} file
   * @returns {string}
   */
  load(file) {
    const known = this.names.get(file);
    if (known) return known;
    if (!existsSync(file)) fail(`missing file ${this.relative(file)}`);
    const name = definitionNameOf(this.packages, file);
    this.names.set(file, name);
    const parsed = parseDeclarationFile(file, readFileSync(file, 'utf8'), this.relative(file));
    const main = parsed.declarations.filter(
      (declaration) => parsed.exportedAliases.get(declaration.name) === `I${pascalCase(name)}`,
    );
    const [declaration] = main;
    if (!declaration || main.length !== 1) {
      return fail(
        `${this.relative(file)}: expected one declaration exported as I${pascalCase(name)} (definition ${name})`,
      );
    }
    const other = parsed.declarations.find(
      (candidate) =>
        candidate !== declaration &&
        !(
          candidate.kind === 'alias' &&
          candidate.type.kind === 'reference' &&
          candidate.type.name === declaration.name
        ),
    );
    if (other) fail(`${this.relative(file)}: unexpected declaration ${other.name}`);
    /** @type {Definition} */
    const definition = { name, file, declaration, parsed, validator: readValidatorOf(this.packages, name, file) };
    this.definitions.set(name, definition);
    forEachReference(declaration, (reference) => this.load(this.resolveReference(definition, reference)));
    return name;
  }

  /**
   * The definition an imported `IIoK8s…` name refers to.
   * @param {Definition} definition
   * @param {{ name: string; line: number }} reference
   */
  referencedName(definition, reference) {
    return definitionNameOf(this.packages, this.resolveReference(definition, reference));
  }

  /**
   * The .d.ts file an imported `IIoK8s…` name refers to, checked against the name itself.
   * @param {Definition} definition
   * @param {{ name: string; line: number }} reference
   * @returns {string}
   */
  resolveReference(definition, reference) {
    const where = `${this.relative(definition.file)}:${reference.line}`;
    const imported = definition.parsed.imports.get(reference.name);
    if (!imported) return fail(`${where}: ${reference.name} is not imported (a local or global type is not supported)`);
    const { apimachinery } = this.packages;
    /** @type {string} */
    let target;
    if (imported.specifier.startsWith('.')) {
      target = path.resolve(path.dirname(definition.file), imported.specifier.replace(/\.js$/, '.d.ts'));
    } else if (imported.specifier.startsWith(`${apimachinery.name}/`)) {
      target = resolvePackageTypes(apimachinery, imported.specifier.slice(apimachinery.name.length + 1));
    } else {
      return fail(`${where}: ${reference.name} is imported from an unsupported module "${imported.specifier}"`);
    }
    const expected = `I${pascalCase(definitionNameOf(this.packages, target))}`;
    if (imported.imported !== expected) {
      fail(
        `${where}: ${imported.imported} from "${imported.specifier}" does not match its definition name (${expected})`,
      );
    }
    return target;
  }

  /**
   * The descriptions of TypeMeta's apiVersion and kind (@kubernetes-models/base), which root
   * kinds inherit. meta.d.ts also declares generic helpers the parser has no use for: only the
   * interface is read.
   * @returns {Map<string, string | undefined>}
   */
  typeMetaDescriptions() {
    const file = path.join(this.packages.base.dir, 'dist', 'meta.d.ts');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('export interface TypeMeta {');
    const end = text.indexOf('\n}\n', start);
    if (start < 0 || end < 0) fail(`${this.relative(file)}: no interface TypeMeta`);
    const [typeMeta] = parseDeclarationFile(file, text.slice(start, end + 2), this.relative(file)).declarations;
    if (typeMeta?.kind !== 'interface' || !Array.isArray(typeMeta.members))
      return fail(`${this.relative(file)}: no interface TypeMeta`);
    const docs = new Map(typeMeta.members.map((member) => [member.name, member.doc]));
    for (const name of ['apiVersion', 'kind']) {
      if (!docs.get(name)) fail(`${this.relative(file)}: TypeMeta.${name} has no description`);
    }
    return docs;
  }

  /** @param {string} file */
  relative(file) {
    return relativePath(this.packages, file);
  }
}

/**
 * Calls `visit` for every reference to another definition in a declaration.
 * @param {Declaration} declaration
 * @param {(reference: { name: string; line: number }) => void} visit
 */
function forEachReference(declaration, visit) {
  /** @param {TypeNode} type */
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
        for (const alternative of type.alternatives) walk(alternative);
        break;
      default:
        break;
    }
  };
  if (declaration.kind === 'alias') walk(declaration.type);
  else if (Array.isArray(declaration.members)) for (const member of declaration.members) walk(member.type);
  else fail(`${declaration.name}: an interface that is only an index signature`);
}
