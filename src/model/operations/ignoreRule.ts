import { field, isJsonObject, type JsonObject } from '../jsonValue';
import { withKey } from '../valueAtPath';

/** The annotation that silences rules on one object: `pss/host-namespaces, practice/host-path`. */
export const IGNORE_ANNOTATION = 'pod-designer.io/ignore';
/** Why they are silenced, in the author's words (shown beside every silenced finding). */
export const IGNORE_REASON_ANNOTATION = 'pod-designer.io/ignore-reason';

/**
 * Adds a rule id to the object's `pod-designer.io/ignore` annotation (in its own metadata), with
 * the reason when one is given and none is written yet. The rest of the metadata stays as it is.
 * @example ignoreRule(daemonSet, 'pss/host-namespaces', 'The node exporter reads the host.')
 */
export function ignoreRule(object: JsonObject, ruleId: string, reason?: string): JsonObject {
  const metadata = isJsonObject(field(object, 'metadata')) ? (field(object, 'metadata') as JsonObject) : {};
  const annotations = isJsonObject(field(metadata, 'annotations'))
    ? (field(metadata, 'annotations') as JsonObject)
    : {};
  const current = field(annotations, IGNORE_ANNOTATION);
  const ids = typeof current === 'string' ? current.split(/[\s,]+/).filter((id) => id !== '') : [];
  if (ids.includes(ruleId)) return object;
  let next = withKey(annotations, IGNORE_ANNOTATION, [...ids, ruleId].join(','));
  if (reason && typeof field(annotations, IGNORE_REASON_ANNOTATION) !== 'string')
    next = withKey(next, IGNORE_REASON_ANNOTATION, reason);
  return withKey(object, 'metadata', withKey(metadata, 'annotations', next));
}
