import { constructFromEvents, EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { buildSourceDocuments } from './buildSourceDocuments';
import { constructPlainDocuments } from './constructPlainDocuments';
import { KUBERNETES_YAML_SCHEMA } from './kubernetesYamlSchema';
import { lazyParsedManifest } from './lazyParsedManifest';
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
  'bad indentation of a sequence entry':
    'bad indentation: list items (- ...) at the same level must start in the same column',
  'end of the stream or a document separator is expected':
    'unexpected text here: check the indentation of this line and the one before',
  'deficient indentation': 'this line is indented less than its block requires (an unclosed bracket or quote above?)',
};

/** Parses a YAML stream the way kubectl reads it; never throws, whatever the input. */
export function parseManifest(text: string): ParseOutcome {
  if (text.length > PARSE_LIMITS.maxCharacters) {
    // Checked before anything reads the text, so a huge paste is refused at once.
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    const message = `This text is ${megabytes} MB; Pod Designer opens manifests of up to 3 MB (the Kubernetes API server refuses objects over about 1.5 MB).`;
    return { ok: false, error: { message, line: 1, column: 1, offset: 0 } };
  }
  const fail = (message: string, offset: number): ParseOutcome => {
    const position = new LineIndex(text).positionAt(offset);
    return { ok: false, error: { message, line: position.line, column: position.column, offset } };
  };
  let events: Event[];
  let values: unknown[];
  try {
    events = parseEventsLikeKubectl(text);
    values =
      constructPlainDocuments(events, text) ??
      constructFromEvents(events, {
        source: text,
        schema: KUBERNETES_YAML_SCHEMA,
        maxAliases: PARSE_LIMITS.maxAliases,
      });
  } catch (error) {
    return fail(...describeYamlError(error, text));
  }
  // The source trees (positions of every node) are built when something first asks for a
  // position: a problem found here, the editor's markers, a canvas edit. Text → findings needs
  // none for a valid file, and most keystrokes and most files of a corpus are that.
  let sources: SourceDocument[] | undefined;
  const buildSources = (): SourceDocument[] => {
    sources ??= buildSourceDocuments(text, events);
    return sources;
  };
  const sourceOf = (index: number): SourceNode | null | Error => {
    try {
      return buildSources()[index]?.root ?? null;
    } catch (error) {
      return error as Error;
    }
  };
  const plainDocuments = documentsWithoutAliasesOrDeepNesting(events);
  const mayHideProtoKey = text.includes('__proto__');
  const documents: (JsonObject | null)[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined) {
      documents.push(null);
      continue;
    }
    const needsSource = !isJsonObject(value) || mayHideProtoKey || !plainDocuments[index];
    const source = needsSource ? sourceOf(index) : null;
    if (source instanceof Error) return fail(`Could not map this YAML to positions: ${source.message}`, 0);
    const offset = source?.start ?? 0;
    if (!isJsonObject(value)) {
      const what = Array.isArray(value) ? 'a list' : `a ${typeof value === 'string' ? 'text' : typeof value} value`;
      return fail(
        `Document ${index + 1} is ${what}, not a Kubernetes object. Every document must be a mapping with apiVersion, kind and metadata.`,
        offset,
      );
    }
    // Without aliases, deep nesting or a `__proto__` key, the values are plain JSON data by
    // construction (the schema reads nothing else; an unknown tag is an error): no need to walk them.
    if (mayHideProtoKey || !plainDocuments[index]) {
      const problem = checkDocumentValues(value, source);
      if (problem) return fail(problem.message, problem.offset ?? offset);
    }
    documents.push(value);
  }
  return { ok: true, manifest: lazyParsedManifest(text, documents, buildSources) };
}

/**
 * For each document of the event stream: true when it has no alias, its collections nest less
 * deep than the limit and it has fewer events than the limit of values, so that
 * checkDocumentValues can find nothing in it.
 */
function documentsWithoutAliasesOrDeepNesting(events: readonly Event[]): boolean[] {
  const plain: boolean[] = [];
  let depth = 0;
  let count = 0;
  for (const event of events) {
    if (++count > PARSE_LIMITS.maxExpandedValues) plain[plain.length - 1] = false;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        plain.push(true);
        depth = 0;
        count = 0;
        break;
      case EVENT_ID.ALIAS:
        plain[plain.length - 1] = false;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (++depth >= PARSE_LIMITS.maxDepth) plain[plain.length - 1] = false;
        break;
      case EVENT_ID.POP:
        depth--;
        break;
    }
  }
  return plain;
}

/**
 * js-yaml's events for `text`, read as leniently as kubectl reads it in one respect: inside flow
 * collections and quoted scalars, goyaml does not check indentation, so a closing `]` indented
 * less than YAML requires (as in some published Kubernetes examples) is accepted. Such lines are
 * indented just enough in a copy of the text; event offsets are mapped back to `text`.
 */
function parseEventsLikeKubectl(text: string): Event[] {
  const options = { maxDepth: PARSE_LIMITS.maxDepth };
  let shifted = text;
  const insertions: { offset: number; count: number }[] = [];
  for (let attempt = 0; ; attempt++) {
    try {
      const events = parseEvents(shifted, options);
      return insertions.length === 0 ? events : events.map((event) => mapEventOffsets(event, insertions));
    } catch (error) {
      const position = error instanceof YAMLException ? error.mark?.position : undefined;
      if (
        !(error instanceof YAMLException) ||
        error.reason !== 'deficient indentation' ||
        position === undefined ||
        attempt >= 64
      ) {
        if (error instanceof YAMLException && error.mark && insertions.length > 0) {
          error.mark.position = originalOffset(error.mark.position, insertions);
        }
        throw error;
      }
      const lineStart = shifted.lastIndexOf('\n', position - 1) + 1;
      const original = originalOffset(lineStart, insertions);
      const existing = insertions.find((insertion) => insertion.offset === original);
      if (existing) existing.count++;
      else insertions.push({ offset: original, count: 1 });
      insertions.sort((a, b) => a.offset - b.offset);
      shifted = shiftText(text, insertions);
    }
  }
}

function shiftText(text: string, insertions: readonly { offset: number; count: number }[]): string {
  let result = '';
  let cursor = 0;
  for (const { offset, count } of insertions) {
    result += text.slice(cursor, offset) + ' '.repeat(count);
    cursor = offset;
  }
  return result + text.slice(cursor);
}

/** Maps an offset of the shifted text back to the original (spaces were inserted at line starts). */
function originalOffset(shiftedOffset: number, insertions: readonly { offset: number; count: number }[]): number {
  let shift = 0;
  for (const { offset, count } of insertions) {
    if (shiftedOffset < offset + shift + count) break;
    shift += count;
  }
  return shiftedOffset - shift;
}

function mapEventOffsets(event: Event, insertions: readonly { offset: number; count: number }[]): Event {
  const map = (offset: number): number => (offset < 0 ? offset : originalOffset(offset, insertions));
  switch (event.type) {
    case EVENT_ID.SCALAR:
      return {
        ...event,
        valueStart: map(event.valueStart),
        valueEnd: map(event.valueEnd),
        anchorStart: map(event.anchorStart),
        anchorEnd: map(event.anchorEnd),
        tagStart: map(event.tagStart),
        tagEnd: map(event.tagEnd),
      };
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return {
        ...event,
        start: map(event.start),
        anchorStart: map(event.anchorStart),
        anchorEnd: map(event.anchorEnd),
        tagStart: map(event.tagStart),
        tagEnd: map(event.tagEnd),
      };
    case EVENT_ID.ALIAS:
      return { ...event, anchorStart: map(event.anchorStart), anchorEnd: map(event.anchorEnd) };
    default:
      return event;
  }
}

function describeYamlError(error: unknown, text: string): [string, number] {
  if (error instanceof YAMLException) {
    const reason = FRIENDLY_REASONS[error.reason] ?? error.reason;
    const position = error.mark?.position ?? 0;
    if (error.reason.startsWith('unknown') && error.reason.includes('tag')) {
      return [
        `${error.reason}: Kubernetes manifests use only the standard YAML types, so custom tags are not supported.`,
        position,
      ];
    }
    if (error.reason.startsWith('nesting exceeded')) {
      return [`The YAML is nested more than ${PARSE_LIMITS.maxDepth} levels deep; real manifests never are.`, position];
    }
    if (error.reason.startsWith('aliases exceeded')) {
      return [
        `The YAML uses more than ${PARSE_LIMITS.maxAliases} aliases (*name); this looks like an alias bomb.`,
        position,
      ];
    }
    if (error.reason === 'unknown escape sequence') {
      const backslash = text[position - 1] === '\\' ? position - 1 : position;
      const sequence = text.slice(backslash, backslash + 2);
      const hint =
        sequence === "\\'"
          ? 'inside double quotes a single quote needs no backslash'
          : 'a backslash itself is written \\\\';
      return [`YAML syntax error: ${sequence} is not a valid escape in a double-quoted string (${hint}).`, backslash];
    }
    return [`YAML syntax error: ${reason}.`, position];
  }
  return [`Could not read this YAML: ${error instanceof Error ? error.message : String(error)}`, 0];
}

/**
 * Rejects values that would hurt the page or cannot be Kubernetes data: alias bombs (aliases that
 * expand to huge or very deep values), an alias inside the value it names (a cycle), keys named
 * `__proto__`, and non-JSON values (an explicit !!binary, !!set ...). Shared (aliased) values are
 * measured once, so this is linear in the size of the text.
 */
function checkDocumentValues(root: JsonObject, source: SourceNode | null): { message: string; offset?: number } | null {
  const measured = new Map<object, { size: number; height: number }>();
  const inProgress = new Set<object>();
  const path: (string | number)[] = [];
  let problem: { message: string; offset?: number } | null = null;
  const reject = (message: string, atKey = false): void => {
    problem = { message, offset: findKeyOffset(source, path, atKey) };
  };
  /** Returns the expanded size and height of `value`, found at depth `depth`. */
  const measure = (value: unknown, depth: number): { size: number; height: number } => {
    if (problem) return { size: 0, height: 0 };
    if (typeof value !== 'object' || value === null) {
      if (
        typeof value === 'undefined' ||
        typeof value === 'function' ||
        typeof value === 'symbol' ||
        typeof value === 'bigint'
      ) {
        reject('This YAML holds a value that is not JSON data, which Kubernetes cannot read.');
      }
      return { size: 1, height: 0 };
    }
    if (inProgress.has(value)) {
      reject('An alias (*name) here refers to the value that contains it, which would make the value endless.');
      return { size: 0, height: 0 };
    }
    const known = measured.get(value);
    if (known) {
      if (depth + known.height > PARSE_LIMITS.maxDepth) reject(TOO_DEEP_THROUGH_ALIASES);
      return known;
    }
    if (
      !Array.isArray(value) &&
      Object.getPrototypeOf(value) !== Object.prototype &&
      Object.getPrototypeOf(value) !== null
    ) {
      reject(
        'This YAML uses a tag (such as !!binary or !!set) whose value is not JSON data, which Kubernetes cannot read.',
      );
      return { size: 0, height: 0 };
    }
    if (depth >= PARSE_LIMITS.maxDepth) {
      reject(TOO_DEEP_THROUGH_ALIASES);
      return { size: 0, height: 0 };
    }
    inProgress.add(value);
    let size = 1;
    let height = 0;
    const visit = (segment: string | number, child: unknown): void => {
      path.push(segment);
      const result = measure(child, depth + 1);
      if (!problem) path.pop();
      size += result.size;
      height = Math.max(height, result.height + 1);
    };
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length && !problem; index++) visit(index, value[index]);
    } else {
      for (const key of Object.keys(value)) {
        if (problem) break;
        if (key === '__proto__') {
          path.push(key);
          reject(
            'A key named "__proto__" is not allowed: it is not a Kubernetes field, and JavaScript tools can mistake it for an object\'s prototype.',
            true,
          );
          break;
        }
        visit(key, (value as Record<string, JsonValue>)[key]);
      }
    }
    inProgress.delete(value);
    if (!problem && size > PARSE_LIMITS.maxExpandedValues) {
      reject(
        `Its aliases (*name) expand to more than ${PARSE_LIMITS.maxExpandedValues.toLocaleString('en')} values, so this looks like an alias bomb ("billion laughs"); it was not loaded.`,
      );
    }
    const result = { size, height };
    measured.set(value, result);
    return result;
  };
  measure(root, 0);
  return problem;
}

const TOO_DEEP_THROUGH_ALIASES = `With its aliases (*name) expanded, the YAML is nested more than ${PARSE_LIMITS.maxDepth} levels deep; real manifests never are.`;

/** Offset of the value at `path` (or of its key, with `atKey`), or of its deepest existing ancestor. */
function findKeyOffset(
  source: SourceNode | null,
  path: readonly (string | number)[],
  atKey = false,
): number | undefined {
  let node = source;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    if (node.kind === 'mapping') {
      const entry = node.entries.find((candidate) => candidate.keyText === segment);
      if (!entry) return node.start;
      if (atKey && i === path.length - 1) return entry.key.start;
      node = entry.value;
    } else if (node.kind === 'sequence' && typeof segment === 'number') {
      const item: SourceNode | undefined = node.items[segment];
      if (!item) return node.start;
      node = item;
    } else {
      return node.start;
    }
  }
  return node?.start;
}
