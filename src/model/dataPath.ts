/**
 * A data path addresses a value inside a document: keys of mappings and indexes of sequences.
 * Written the way the Kubernetes API server prints field paths:
 * `spec.containers[0].ports[1].name`, `metadata.labels[app.kubernetes.io/name]`.
 */
export type PathSegment = string | number;
export type DataPath = readonly PathSegment[];

/** Mapping fields whose keys are user data (printed as `[key]`, like the API server does). */
const MAP_FIELDS = new Set([
  'labels',
  'annotations',
  'matchLabels',
  'nodeSelector',
  'requests',
  'limits',
  'data',
  'stringData',
  'binaryData',
  'selector',
  'overhead',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * @example formatDataPath(['spec', 'containers', 0, 'image']) === 'spec.containers[0].image'
 */
export function formatDataPath(path: DataPath): string {
  let text = '';
  path.forEach((segment, index) => {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
      return;
    }
    const parent = path[index - 1];
    const isMapKey = typeof parent === 'string' && MAP_FIELDS.has(parent) && !isTypedSelector(path, index);
    if (!isMapKey && IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${segment}]`;
  });
  return text;
}

/** `spec.selector` of apps workloads is a LabelSelector (matchLabels ...), not a plain map. */
function isTypedSelector(path: DataPath, index: number): boolean {
  const segment = path[index];
  return path[index - 1] === 'selector' && (segment === 'matchLabels' || segment === 'matchExpressions');
}

/**
 * Parses a path written by {@link formatDataPath} (or with plain dots for identifier keys).
 * @example parseDataPath('spec.containers[0].image') → ['spec', 'containers', 0, 'image']
 */
export function parseDataPath(text: string): DataPath {
  const path: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '.') {
      i++;
      continue;
    }
    if (char === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) throw new Error(`Unclosed "[" in path ${text}`);
      const inner = text.slice(i + 1, close);
      // In a user-data map (`data[8080]`, `labels[1]`) a number is a key, as formatDataPath wrote it.
      const previous = path[path.length - 1];
      const mapKey =
        typeof previous === 'string' && MAP_FIELDS.has(previous) && !isTypedSelector([...path, inner], path.length);
      path.push(/^\d+$/.test(inner) && !mapKey ? Number(inner) : inner);
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== '.' && text[end] !== '[') end++;
    path.push(text.slice(i, end));
    i = end;
  }
  return path;
}

export function isPathPrefix(prefix: DataPath, path: DataPath): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, index) => path[index] === segment);
}

export function pathsEqual(a: DataPath, b: DataPath): boolean {
  return a.length === b.length && isPathPrefix(a, b);
}
