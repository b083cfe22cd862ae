// @ts-check
import { fail } from './generatorError.mjs';
import { describeToken, tokenize } from './declarationTokens.mjs';

/** @import { Token } from './declarationTokens.mjs' */

/**
 * A type as the .d.ts files write it.
 * @typedef {{ kind: 'primitive'; name: 'string' | 'number' | 'boolean' }
 *   | { kind: 'literal'; value: string }
 *   | { kind: 'array'; items: TypeNode }
 *   | { kind: 'map'; value: TypeNode }
 *   | { kind: 'object'; members: Member[] }
 *   | { kind: 'union'; alternatives: TypeNode[]; line: number | undefined }
 *   | { kind: 'reference'; name: string; line: number }} TypeNode
 */

/**
 * A property of an interface or an inline object type.
 * @typedef {{ name: string; optional: boolean; doc: string | undefined; type: TypeNode; line: number }} Member
 */

/**
 * An `export interface` (its members, or the value type of its index signature) or an
 * `export type X = …` alias.
 * @typedef {{ kind: 'interface'; name: string; extendsName: string | undefined; doc: string | undefined;
 *     members: Member[] | { indexSignature: TypeNode }; line: number }
 *   | { kind: 'alias'; name: string; doc: string | undefined; type: TypeNode; line: number }} Declaration
 */

/**
 * What one .d.ts file declares: its imports by local name, its declarations, and the names its
 * `export type { A as B }` gives them.
 * @typedef {object} DeclarationFile
 * @property {string} file
 * @property {Map<string, { imported: string; specifier: string }>} imports
 * @property {Declaration[]} declarations
 * @property {Map<string, string>} exportedAliases
 */

/**
 * Parses a .d.ts file of kubernetes-models' regular format (imports, exported interfaces and
 * type aliases, `export type { … }`, a `declare class` that is skipped). Any other shape stops the
 * generator with the file and line.
 * @param {string} file
 * @param {string} text
 * @param {string} source How messages name the file (relative to the project).
 * @returns {DeclarationFile}
 */
export function parseDeclarationFile(file, text, source) {
  return new DeclarationParser(file, text, source).parseFile();
}

class DeclarationParser {
  /**
   * @param {string} file
   * @param {string} text
   * @param {string} source
   */
  constructor(file, text, source) {
    this.file = file;
    this.source = source;
    this.tokens = tokenize(text, source);
    this.position = 0;
  }

  /** @param {Token | undefined} token */
  where(token = this.peek()) {
    return `${this.source}:${token ? token.line : 'end'}`;
  }

  /** @param {number} offset */
  peek(offset = 0) {
    return this.tokens[this.position + offset];
  }

  /** @returns {Token} */
  next() {
    const token = this.tokens[this.position++];
    if (!token) return fail(`${this.source}: unexpected end of file`);
    return token;
  }

  /**
   * @param {string} value
   * @param {number} offset
   */
  is(value, offset = 0) {
    const token = this.peek(offset);
    return token !== undefined && token.kind !== 'string' && token.kind !== 'doc' && token.value === value;
  }

  /** @param {string} value */
  expect(value) {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'doc' || token.value !== value) {
      fail(`${this.where(token)}: expected "${value}" but found ${describeToken(token)}`);
    }
    return token;
  }

  /** @param {Token['kind']} kind */
  expectKind(kind) {
    const token = this.next();
    if (token.kind !== kind) fail(`${this.where(token)}: expected a ${kind} but found ${describeToken(token)}`);
    return token.value;
  }

  /** @returns {DeclarationFile} */
  parseFile() {
    /** @type {DeclarationFile} */
    const result = { file: this.file, imports: new Map(), declarations: [], exportedAliases: new Map() };
    /** @type {string | undefined} */
    let pendingDoc;
    while (this.peek()) {
      const token = this.peek();
      if (token?.kind === 'doc') {
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

  /** @param {DeclarationFile['imports']} imports */
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

  /**
   * @param {string | undefined} doc
   * @returns {Declaration}
   */
  parseInterface(doc) {
    const start = this.expect('export');
    this.expect('interface');
    const name = this.expectKind('identifier');
    /** @type {string | undefined} */
    let extendsName;
    if (this.is('extends')) {
      this.next();
      extendsName = this.expectKind('identifier');
    }
    const members = this.parseObjectBody();
    return { kind: 'interface', name, extendsName, doc, members, line: start.line };
  }

  /**
   * `{ members }` or `{ [key: string]: T; }`; returns members, or { indexSignature } for a map.
   * @returns {Member[] | { indexSignature: TypeNode }}
   */
  parseObjectBody() {
    this.expect('{');
    /** @type {Member[]} */
    const members = [];
    /** @type {TypeNode | undefined} */
    let indexSignature;
    /** @type {string | undefined} */
    let pendingDoc;
    while (!this.is('}')) {
      const token = this.peek();
      if (token?.kind === 'doc') {
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

  /** @returns {TypeNode} */
  parseType() {
    const alternatives = [this.parsePrimaryType()];
    while (this.is('|')) {
      this.next();
      alternatives.push(this.parsePrimaryType());
    }
    const [only] = alternatives;
    if (only && alternatives.length === 1) return only;
    return { kind: 'union', alternatives, line: this.peek()?.line };
  }

  /** @returns {TypeNode} */
  parsePrimaryType() {
    const token = this.peek();
    if (!token) return fail(`${this.source}: unexpected end of file in a type`);
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
      if (token.value === 'string' || token.value === 'number' || token.value === 'boolean')
        return { kind: 'primitive', name: token.value };
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

  /** @param {Map<string, string>} exportedAliases */
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

  /**
   * @param {string | undefined} doc
   * @returns {Declaration}
   */
  parseTypeAlias(doc) {
    const start = this.expect('export');
    this.expect('type');
    const name = this.expectKind('identifier');
    this.expect('=');
    const type = this.parseType();
    this.expect(';');
    return { kind: 'alias', name, doc, type, line: start.line };
  }
}
