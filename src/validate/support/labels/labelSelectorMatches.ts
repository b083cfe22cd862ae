import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';

/** Whether a LabelSelector (matchLabels and matchExpressions) selects a pod with `labels`. */
export function labelSelectorMatches(selector: JsonValue | undefined, labels: JsonObject): boolean {
  if (!isJsonObject(selector)) return false;
  const matchLabels = field(selector, 'matchLabels');
  if (isJsonObject(matchLabels)) {
    for (const key of Object.keys(matchLabels)) if (field(labels, key) !== matchLabels[key]) return false;
  }
  const expressions = field(selector, 'matchExpressions');
  if (isJsonArray(expressions)) {
    for (const expression of expressions) {
      const key = field(expression, 'key');
      if (typeof key !== 'string') return false;
      const values = field(expression, 'values');
      const list = isJsonArray(values) ? values : [];
      const value = field(labels, key);
      switch (field(expression, 'operator')) {
        case 'In':
          if (value === undefined || !list.includes(value)) return false;
          break;
        case 'NotIn':
          if (value !== undefined && list.includes(value)) return false;
          break;
        case 'Exists':
          if (value === undefined) return false;
          break;
        case 'DoesNotExist':
          if (value !== undefined) return false;
          break;
        default:
          return false;
      }
    }
  }
  return true;
}
