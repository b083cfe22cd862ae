import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from 'js-yaml';
import { resolvePlainScalar } from './kubernetesYamlSchema';

/** js-yaml's "absent" source range. */
const NO_RANGE = -1;
const MERGE_KEY = '<<';

/** A collection being filled, or a document waiting for its value. */
interface Frame {
  readonly container: Record<string, unknown> | unknown[] | null;
  /** The key read in a mapping, waiting for its value. */
  key: string | undefined;
  /** A document's value once read. */
  value: unknown;
}

/**
 * The documents of an event stream, built the way js-yaml's `constructFromEvents` builds them
 * with KUBERNETES_YAML_SCHEMA, or null when the stream needs more than this does: a tag, an
 * anchor or alias, a merge key (`<<`), a duplicate, complex or `__proto__` key. Nearly every
 * manifest has none of these, and for them this is about twice as fast as the general constructor
 * (no tag lookups, no anchor table, no `{ value, tag }` pair per scalar). The caller hands the
 * other streams to `constructFromEvents`, which also reports their errors with positions.
 */
export function constructPlainDocuments(events: readonly Event[], source: string): unknown[] | null {
  const documents: unknown[] = [];
  const frames: Frame[] = [];
  for (const event of events) {
    let value: unknown;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        frames.push({ container: null, key: undefined, value: undefined });
        continue;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (event.tagStart !== NO_RANGE || event.anchorStart !== NO_RANGE) return null;
        frames.push({ container: event.type === EVENT_ID.MAPPING ? {} : [], key: undefined, value: undefined });
        continue;
      case EVENT_ID.SCALAR: {
        if (event.tagStart !== NO_RANGE || event.anchorStart !== NO_RANGE) return null;
        const text = getScalarValue(source, event);
        if (event.style !== SCALAR_STYLE.PLAIN) value = text;
        else if (text === MERGE_KEY) return null;
        else value = resolvePlainScalar(text);
        break;
      }
      case EVENT_ID.POP: {
        const frame = frames.pop();
        if (!frame) return null;
        if (frame.container === null) {
          documents.push(frame.value);
          continue;
        }
        if (frame.key !== undefined) return null;
        value = frame.container;
        break;
      }
      default:
        return null;
    }
    const parent = frames.at(-1);
    if (!parent) return null;
    const { container } = parent;
    if (container === null) parent.value = value;
    else if (Array.isArray(container)) container.push(value);
    else if (parent.key === undefined) {
      if (value !== null && typeof value === 'object') return null;
      const key = String(value);
      if (key === '__proto__' || Object.hasOwn(container, key)) return null;
      parent.key = key;
    } else {
      container[parent.key] = value;
      parent.key = undefined;
    }
  }
  return frames.length === 0 ? documents : null;
}
