import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { isLabelValue, isQualifiedName, qualifiedNameProblems } from '../nameFormats';
import type { RuleReport } from '../../rule';

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

/**
 * Problems of a LabelSelector as `ValidateLabelSelector` reports them: matchLabels keys and values
 * (printed at `selector.matchLabels`, without the key), and each matchExpressions entry.
 */
export function labelSelectorProblems(selector: JsonObject, path: DataPath): RuleReport[] {
  const problems: RuleReport[] = [];
  const matchLabels = field(selector, 'matchLabels');
  if (isJsonObject(matchLabels)) {
    for (const key of Object.keys(matchLabels)) {
      const value = matchLabels[key];
      const keyProblems = qualifiedNameProblems(key);
      if (keyProblems.length > 0) {
        problems.push({
          path: [...path, 'matchLabels'],
          markerPath: [...path, 'matchLabels', key],
          errorType: 'Invalid',
          message: `"${key}" is not a valid label key: ${keyProblems.join('; ')}.`,
        });
      }
      if (typeof value === 'string' && !isLabelValue(value)) {
        problems.push({
          path: [...path, 'matchLabels'],
          markerPath: [...path, 'matchLabels', key],
          errorType: 'Invalid',
          message: `"${value}" is not a valid label value: at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit.`,
        });
      }
    }
  }
  const expressions = field(selector, 'matchExpressions');
  if (!Array.isArray(expressions)) return problems;
  expressions.forEach((expression, index) => {
    if (!isJsonObject(expression)) return;
    const at = [...path, 'matchExpressions', index];
    const operator = field(expression, 'operator');
    const values = field(expression, 'values');
    const valueCount = Array.isArray(values) ? values.length : 0;
    if (typeof operator === 'string' && (operator === 'In' || operator === 'NotIn')) {
      if (valueCount === 0)
        problems.push({
          path: [...at, 'values'],
          markerPath: at,
          errorType: 'Required',
          message: `The ${operator} expression needs at least one value.`,
        });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (valueCount > 0)
        problems.push({
          path: [...at, 'values'],
          errorType: 'Forbidden',
          message: `An ${operator} expression takes no values.`,
        });
    } else if (operator === undefined || operator === null || typeof operator === 'string') {
      problems.push({
        path: [...at, 'operator'],
        markerPath: at,
        errorType: 'Invalid',
        message: `"${String(operator ?? '')}" is not a selector operator; use In, NotIn, Exists or DoesNotExist.`,
      });
    }
    const key = field(expression, 'key');
    if (typeof key === 'string' || key === undefined || key === null) {
      const keyProblems = qualifiedNameProblems(typeof key === 'string' ? key : '');
      if (keyProblems.length > 0)
        problems.push({
          path: [...at, 'key'],
          markerPath: at,
          errorType: 'Invalid',
          message: `"${String(key ?? '')}" is not a valid label key: ${keyProblems.join('; ')}.`,
        });
    }
    if (Array.isArray(values)) {
      values.forEach((value, valueIndex) => {
        if (typeof value === 'string' && !isLabelValue(value)) {
          problems.push({
            path: [...at, 'values', valueIndex],
            errorType: 'Invalid',
            message: `"${value}" is not a valid label value.`,
          });
        }
      });
    }
  });
  return problems;
}

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
