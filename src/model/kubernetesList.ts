import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';
import type { Manifest } from './manifest';

/**
 * The manifest as one JSON-ready Kubernetes object: a `v1` `List` whose items are every object of
 * the file in order (the items of `List` documents spliced in, empty documents dropped). One
 * object rather than a JSON array, because `kubectl apply -f file.json` accepts a single object or
 * a List, but not a bare array of objects.
 *
 * @example JSON.stringify(manifestAsKubernetesList(documents), null, 2)
 */
export function manifestAsKubernetesList(manifest: Manifest): JsonObject {
  const items = manifest.flatMap((document): JsonObject[] => {
    if (!isJsonObject(document)) return [];
    const kind = field(document, 'kind');
    const listItems = field(document, 'items');
    if (typeof kind === 'string' && kind.endsWith('List') && isJsonArray(listItems))
      return listItems.filter(isJsonObject);
    return [document];
  });
  return { apiVersion: 'v1', kind: 'List', items };
}
