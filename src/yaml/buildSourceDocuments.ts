import { EVENT_ID, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { resolvePlainScalar } from './kubernetesYamlSchema';
import type { MappingEntrySource, ScalarSource, ScalarStyle, SourceDocument, SourceNode } from './sourceNodes';
import { skipBlankAndComments } from './textScanning';

const STYLE_NAMES: Record<number, ScalarStyle> = { 1: 'plain', 2: 'single', 3: 'double', 4: 'literal', 5: 'folded' };
const CHOMPING_NAMES = { 1: 'clip', 2: 'strip', 3: 'keep' } as const;

/**
 * Builds the source tree of every document from js-yaml's `parseEvents()` stream of `text`.
 * Events give the start of collections and the content range of scalars; the ends of collections,
 * the `:` and `-` indicators and block-scalar headers are found by scanning the text.
 */
export function buildSourceDocuments(text: string, events: readonly Event[]): SourceDocument[] {
  const reader = new SourceTreeReader(text, events);
  return reader.readStream();
}

class SourceTreeReader {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {}

  readStream(): SourceDocument[] {
    const documents: SourceDocument[] = [];
    while (this.index < this.events.length) {
      const event = this.events[this.index++]!;
      if (event.type !== EVENT_ID.DOCUMENT) continue;
      let root: SourceNode | null = null;
      if (this.peek()?.type !== EVENT_ID.POP) {
        const node = this.readNode(0);
        root = node.kind === 'scalar' && node.empty ? null : node;
      }
      this.expectPop();
      documents.push({ root, explicitStart: event.explicitStart });
    }
    return documents;
  }

  private peek(): Event | undefined {
    return this.events[this.index];
  }

  private expectPop(): void {
    const event = this.events[this.index++];
    if (event?.type !== EVENT_ID.POP) throw new Error('Unexpected YAML event order');
  }

  /** Reads one node; `context` is the offset just after the indicator that introduces it. */
  private readNode(context: number): SourceNode {
    const event = this.events[this.index++]!;
    switch (event.type) {
      case EVENT_ID.SCALAR:
        return this.readScalar(event, context);
      case EVENT_ID.ALIAS:
        return {
          kind: 'alias',
          start: event.anchorStart - 1,
          end: event.anchorEnd,
          anchor: null,
          name: this.text.slice(event.anchorStart, event.anchorEnd),
        };
      case EVENT_ID.MAPPING:
        return this.readMapping(event.start, event.style === 2, propsOf(event, this.text));
      case EVENT_ID.SEQUENCE:
        return this.readSequence(event.start, event.style === 2, propsOf(event, this.text));
      default:
        throw new Error(`Unexpected YAML event ${event.type}`);
    }
  }

  private readScalar(event: ScalarEvent, context: number): ScalarSource {
    const props = propsOf(event, this.text);
    const style = STYLE_NAMES[event.style] ?? 'plain';
    const chomping = CHOMPING_NAMES[event.chomping as 1 | 2 | 3] ?? 'clip';
    if (event.valueStart < 0) {
      const start = props.start ?? context;
      const end = props.end ?? context;
      return { kind: 'scalar', style, start, end, contentStart: end, anchor: props.anchor, empty: true, chomping };
    }
    let contentStart = event.valueStart;
    let end = event.valueEnd;
    if (style === 'single' || style === 'double') {
      contentStart -= 1;
      end += 1;
    } else if (style === 'literal' || style === 'folded') {
      contentStart = this.findBlockIndicator(Math.max(context, props.end ?? 0), event.valueStart);
      if (chomping !== 'keep') end = endOfLastContentLine(this.text, event.valueStart, end);
    }
    const start = Math.min(props.start ?? contentStart, contentStart);
    return { kind: 'scalar', style, start, end, contentStart, anchor: props.anchor, empty: false, chomping };
  }

  /** The `|` or `>` of a block scalar header, between its context and its first content line. */
  private findBlockIndicator(from: number, contentStart: number): number {
    let position = skipBlankAndComments(this.text, from);
    if (position < contentStart && (this.text[position] === '|' || this.text[position] === '>')) return position;
    for (position = contentStart - 1; position >= from; position--) {
      const char = this.text[position];
      if (char === '|' || char === '>') return position;
    }
    return contentStart;
  }

  private readMapping(start: number, flow: boolean, props: Props): SourceNode {
    const entries: MappingEntrySource[] = [];
    let cursor = flow ? start + 1 : start;
    while (this.peek()?.type !== EVENT_ID.POP) {
      const keyEvent = this.peek();
      const key = this.readNode(cursor);
      const keyText = keyEvent?.type === EVENT_ID.SCALAR ? keyString(this.text, keyEvent) : `[${key.kind}]`;
      const colon = skipBlankAndComments(this.text, key.end);
      const colonEnd = this.text[colon] === ':' ? colon + 1 : key.end;
      const value = this.readNode(colonEnd);
      entries.push({ key, keyText, colonEnd, value });
      cursor = Math.max(value.end, colonEnd);
    }
    this.expectPop();
    const end = flow ? this.findClosing(cursor, '}') : cursor;
    const hasMergeKey = entries.some(
      (entry) => entry.keyText === '<<' && entry.key.kind === 'scalar' && entry.key.style === 'plain',
    );
    return {
      kind: 'mapping',
      flow,
      start: Math.min(props.start ?? start, start),
      end,
      anchor: props.anchor,
      entries,
      hasMergeKey,
    };
  }

  private readSequence(start: number, flow: boolean, props: Props): SourceNode {
    const items: SourceNode[] = [];
    const dashes: number[] = [];
    let cursor = flow ? start + 1 : start;
    while (this.peek()?.type !== EVENT_ID.POP) {
      if (flow) {
        const item = this.readNode(cursor);
        items.push(item);
        cursor = item.end;
      } else {
        const dash = items.length === 0 ? start : skipBlankAndComments(this.text, cursor);
        dashes.push(dash);
        const item = this.readNode(dash + 1);
        items.push(item);
        cursor = Math.max(item.end, dash + 1);
      }
    }
    this.expectPop();
    const end = flow ? this.findClosing(cursor, ']') : cursor;
    return {
      kind: 'sequence',
      flow,
      start: Math.min(props.start ?? start, start),
      end,
      anchor: props.anchor,
      items,
      dashes,
    };
  }

  /** Offset just past the closing bracket of a flow collection, scanning from `from`. */
  private findClosing(from: number, bracket: '}' | ']'): number {
    let position = from;
    for (;;) {
      position = skipBlankAndComments(this.text, position);
      if (position >= this.text.length) return this.text.length;
      if (this.text[position] === ',') {
        position++;
        continue;
      }
      return this.text[position] === bracket ? position + 1 : position;
    }
  }
}

/**
 * Just past the line break of the last non-blank line of a block scalar's content. js-yaml's
 * range also covers the blank lines after it, which belong to the value only with `|+` / `>+`;
 * leaving them out keeps a blank line that separates list items when an item is removed.
 */
function endOfLastContentLine(text: string, contentStart: number, end: number): number {
  let position = end;
  while (position > contentStart) {
    const lineStart = text.lastIndexOf('\n', position - 2) + 1;
    const start = Math.max(lineStart, contentStart);
    if (text.slice(start, position).trim() !== '') return position;
    position = start;
  }
  return end;
}

/** A scalar key as js-yaml stores it in an object: its resolved value, as a string. */
function keyString(text: string, event: ScalarEvent): string {
  const raw = getScalarValue(text, event);
  return event.style === 1 && event.tagStart < 0 ? String(resolvePlainScalar(raw)) : raw;
}

interface Props {
  readonly start: number | undefined;
  readonly end: number | undefined;
  readonly anchor: string | null;
}

const NO_PROPS: Props = { start: undefined, end: undefined, anchor: null };

function propsOf(
  event: { anchorStart: number; anchorEnd: number; tagStart: number; tagEnd: number },
  text: string,
): Props {
  const anchored = event.anchorStart >= 0;
  const tagged = event.tagStart >= 0;
  // Most nodes have neither: no allocation for them (this runs for every node of the text).
  if (!anchored && !tagged) return NO_PROPS;
  if (!tagged)
    return {
      start: event.anchorStart - 1,
      end: event.anchorEnd,
      anchor: text.slice(event.anchorStart, event.anchorEnd),
    };
  if (!anchored) return { start: event.tagStart, end: event.tagEnd, anchor: null };
  return {
    start: Math.min(event.anchorStart - 1, event.tagStart),
    end: Math.max(event.anchorEnd, event.tagEnd),
    anchor: text.slice(event.anchorStart, event.anchorEnd),
  };
}
