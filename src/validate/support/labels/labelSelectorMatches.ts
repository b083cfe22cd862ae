import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { isLabelValue, isQualifiedName } from '../nameFormats';

/** Labels as a plain map (values that are not strings are left out: the schema rules report them). */
export type Labels = Readonly<Record<string, string>>;

export function stringLabels(value: unknown): Labels {
  if (!isJsonObject(value)) return {};
  const labels: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const labelValue = value[key];
    if (typeof labelValue === 'string') Object.defineProperty(labels, key, { value: labelValue, enumerable: true });
  }
  return labels;
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Whether the selector selects nothing special: no matchLabels and no matchExpressions (it matches everything). */
export function isEmptySelector(selector: JsonObject): boolean {
  const matchLabels = field(selector, 'matchLabels');
  const expressions = field(selector, 'matchExpressions');
  const labelCount = isJsonObject(matchLabels) ? Object.keys(matchLabels).length : 0;
  const expressionCount = Array.isArray(expressions) ? expressions.length : 0;
  return labelCount + expressionCount === 0;
}

/**
 * Whether a LabelSelector matches the labels (`LabelSelectorAsSelector(...).Matches`), or
 * undefined when the selector cannot be turned into one (the server then skips the comparison).
 */
export function labelSelectorMatches(selector: JsonObject, labels: Labels): boolean | undefined {
  const matchLabels = field(selector, 'matchLabels');
  if (isJsonObject(matchLabels)) {
    for (const key of Object.keys(matchLabels)) {
      const value = matchLabels[key];
      if (typeof value !== 'string' || !isQualifiedName(key) || !isLabelValue(value)) return undefined;
    }
  }
  const expressions = field(selector, 'matchExpressions');
  const requirements: { key: string; operator: string; values: string[] }[] = [];
  if (Array.isArray(expressions)) {
    for (const expression of expressions) {
      const key = field(expression, 'key');
      const operator = field(expression, 'operator');
      const rawValues = field(expression, 'values');
      const values = Array.isArray(rawValues)
        ? rawValues.filter((value): value is string => typeof value === 'string')
        : [];
      if (
        typeof key !== 'string' ||
        !isQualifiedName(key) ||
        typeof operator !== 'string' ||
        !OPERATORS.includes(operator)
      )
        return undefined;
      if ((operator === 'In' || operator === 'NotIn') === (values.length === 0)) return undefined;
      if (values.some((value) => !isLabelValue(value))) return undefined;
      requirements.push({ key, operator, values });
    }
  }
  if (isJsonObject(matchLabels)) {
    for (const key of Object.keys(matchLabels))
      if (!Object.hasOwn(labels, key) || labels[key] !== matchLabels[key]) return false;
  }
  for (const { key, operator, values } of requirements) {
    const has = Object.hasOwn(labels, key);
    if (operator === 'In' && !(has && values.includes(labels[key]!))) return false;
    if (operator === 'NotIn' && has && values.includes(labels[key]!)) return false;
    if (operator === 'Exists' && !has) return false;
    if (operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
