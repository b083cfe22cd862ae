import { constructFromEvents, parseEvents, YAMLException, type Event } from 'js-yaml';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { buildSourceDocuments } from './buildSourceDocuments';
import { KUBERNETES_YAML_SCHEMA } from './kubernetesYamlSchema';
import { LineIndex } from './lineIndex';
import type { SourceDocument, SourceNode } from './sourceNodes';

/** A parsed YAML stream: the documents (the model) and where each value sits in the text. */
export interface ParsedManifest {
  readonly text: string;
  readonly documents: Manifest;
  readonly sources: readonly SourceDocument[];
  readonly lines: LineIndex;
}

/** Why a text could not be read, and where (one-based line and column). */
export interface ManifestParseError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export type ParseOutcome =
  | { readonly ok: true; readonly manifest: ParsedManifest }
  | { readonly ok: false; readonly error: ManifestParseError };

/**
 * Limits that keep a hostile or accidental input from freezing the page. The API server stores
 * objects of at most about 1.5 MB, so real manifests are far below them.
 */
export const PARSE_LIMITS = {
  maxCharacters: 3 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 10_000,
  /** Values after expanding every alias: an "alias bomb" expands a few lines into billions. */
  maxExpandedValues: 1_000_000,
} as const;

const FRIENDLY_REASONS: Record<string, string> = {
  'duplicated mapping key': 'the same key appears twice in one mapping (Kubernetes rejects duplicate fields)',
  'bad indentation of a mapping entry': 'bad indentation: keys at the same level must start in the same column',
  'bad indentation of a sequence entry': 'bad indentation: list items (- ...) at the same level must start in the same column',
  'end of the stream or a document separator is expected': 'unexpected text here: check the indentation of this line and the one before',
  'deficient indentation': 'this line is indented less than its block requires (an unclosed bracket or quote above?)',
};

/** Parses a YAML stream the way kubectl reads it; never throws, whatever the input. */
export function parseManifest(text: string): ParseOutcome {
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number): ParseOutcome => {
    const position = lines.positionAt(offset);
    return { ok: false, error: { message, line: position.line, column: position.column, offset } };
  };
  if (text.length > PARSE_LIMITS.maxCharacters) {
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    return fail(
      `This text is ${megabytes} MB; Pod Designer opens manifests of up to 3 MB (the Kubernetes API server refuses objects over about 1.5 MB).`,
      0,
    );
  }
  let events: Event[];
  let values: unknown[];
  try {
    events = parseEvents(text, { maxDepth: PARSE_LIMITS.maxDepth });
    values = constructFromEvents(events, { source: text, schema: KUBERNETES_YAML_SCHEMA, maxAliases: PARSE_LIMITS.maxAliases });
  } catch (error) {
    return fail(...describeYamlError(error));
  }
  let sources: SourceDocument[];
  try {
    sources = buildSourceDocuments(text, events);
  } catch (error) {
    return fail(`Could not map this YAML to positions: ${(error as Error).message}`, 0);
  }
  const documents: (JsonObject | null)[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const source = sources[index]?.root ?? null;
    const offset = source?.start ?? 0;
    if (value === null || value === undefined) {
      documents.push(null);
      continue;
    }
    if (!isJsonObject(value)) {
      const what = Array.isArray(value) ? 'a list' : `a ${typeof value === 'string' ? 'text' : typeof value} value`;
      return fail(
        `Document ${index + 1} is ${what}, not a Kubernetes object. Every document must be a mapping with apiVersion, kind and metadata.`,
        offset,
      );
    }
    const problem = checkDocumentValues(value, source);
    if (problem) return fail(problem.message, problem.offset ?? offset);
    documents.push(value);
  }
  return { ok: true, manifest: { text, documents, sources, lines } };
}

function describeYamlError(error: unknown): [string, number] {
  if (error instanceof YAMLException) {
    const reason = FRIENDLY_REASONS[error.reason] ?? error.reason;
    if (error.reason.startsWith('unknown') && error.reason.includes('tag')) {
      return [`${error.reason}: Kubernetes manifests use only the standard YAML types, so custom tags are not supported.`, error.mark?.position ?? 0];
    }
    if (error.reason.startsWith('nesting exceeded')) {
      return [`The YAML is nested more than ${PARSE_LIMITS.maxDepth} levels deep; real manifests never are.`, error.mark?.position ?? 0];
    }
    if (error.reason.startsWith('aliases exceeded')) {
      return [`The YAML uses more than ${PARSE_LIMITS.maxAliases} aliases (*name); this looks like an alias bomb.`, error.mark?.position ?? 0];
    }
    return [`YAML syntax error: ${reason}.`, error.mark?.position ?? 0];
  }
  return [`Could not read this YAML: ${error instanceof Error ? error.message : String(error)}`, 0];
}

/**
 * Rejects values that would hurt the page or cannot be Kubernetes data: alias bombs, keys named
 * `__proto__`, and non-JSON values (an explicit !!binary, !!set ...).
 */
function checkDocumentValues(root: JsonObject, source: SourceNode | null): { message: string; offset?: number } | null {
  const sizes = new Map<object, number>();
  let problem: { message: string; offset?: number } | null = null;
  const sizeOf = (value: unknown, path: readonly (string | number)[]): number => {
    if (problem) return 0;
    if (typeof value !== 'object' || value === null) {
      if (typeof value === 'undefined' || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
        problem = { message: 'This YAML holds a value that is not JSON data, which Kubernetes cannot read.' };
      }
      return 1;
    }
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      problem = { message: 'This YAML uses a tag (such as !!binary or !!set) whose value is not JSON data, which Kubernetes cannot read.' };
      return 0;
    }
    sizes.set(value, 1);
    let total = 1;
    if (Array.isArray(value)) {
      value.forEach((item, index) => (total += sizeOf(item, [...path, index])));
    } else {
      for (const key of Object.keys(value)) {
        if (key === '__proto__') {
          problem = {
            message: 'A key named "__proto__" is not allowed: it is not a Kubernetes field, and JavaScript tools can mistake it for an object\'s prototype.',
            offset: findKeyOffset(source, [...path, key]),
          };
          return 0;
        }
        total += sizeOf((value as Record<string, JsonValue>)[key], [...path, key]);
      }
    }
    sizes.set(value, total);
    if (total > PARSE_LIMITS.maxExpandedValues) {
      problem = {
        message: `Its aliases (*name) expand to more than ${PARSE_LIMITS.maxExpandedValues.toLocaleString('en')} values, so this looks like an alias bomb ("billion laughs"); it was not loaded.`,
      };
    }
    return total;
  };
  sizeOf(root, []);
  return problem;
}

function findKeyOffset(source: SourceNode | null, path: readonly (string | number)[]): number | undefined {
  let node = source;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    if (node.kind === 'mapping') {
      const entry = node.entries.find((candidate) => candidate.keyText === segment);
      if (!entry) return node.start;
      if (i === path.length - 1) return entry.key.start;
      node = entry.value;
    } else if (node.kind === 'sequence' && typeof segment === 'number') {
      node = node.items[segment] ?? null;
    } else {
      return node.start;
    }
  }
  return node?.start;
}
