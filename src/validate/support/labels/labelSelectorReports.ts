import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { labelValueProblems, qualifiedNameProblems } from '../nameFormats';
import type { RuleReport } from '../../rule';
import { labelMapReports } from './labelMapReports';
import { decodedList, decodedObject, decodedString } from '../decoding/decodedValue';

/**
 * Findings for a LabelSelector (matchLabels and matchExpressions), as apimachinery's
 * ValidateLabelSelector reports them. Values of matchExpressions are checked as label values
 * unless `allowInvalidValues` (the server relaxes that in a few places).
 */
export function labelSelectorReports(selector: JsonObject, path: DataPath, allowInvalidValues = false): RuleReport[] {
  const reports: RuleReport[] = [];
  const matchLabels = decodedObject(field(selector, 'matchLabels'));
  if (matchLabels) reports.push(...labelMapReports(matchLabels, [...path, 'matchLabels'], 'Selector label'));
  decodedList(field(selector, 'matchExpressions'))?.forEach((expression, index) => {
    if (!isJsonObject(expression)) return;
    const expressionPath = [...path, 'matchExpressions', index];
    reports.push(
      ...requirementReports(
        expression,
        expressionPath,
        ['In', 'NotIn'],
        ['Exists', 'DoesNotExist'],
        allowInvalidValues,
      ),
    );
  });
  return reports;
}

/**
 * Findings for one selector requirement (`{key, operator, values}`): the operator decides whether
 * values are required or forbidden; the key is a label key; values are label values.
 * `withValues` operators need values, `withoutValues` ones forbid them; node selectors add Gt/Lt.
 */
export function requirementReports(
  requirement: JsonObject,
  path: DataPath,
  withValues: readonly string[],
  withoutValues: readonly string[],
  allowInvalidValues: boolean,
  singleValue: readonly string[] = [],
): RuleReport[] {
  const reports: RuleReport[] = [];
  const operator = decodedString(field(requirement, 'operator'));
  const values = decodedList(field(requirement, 'values'));
  const key = decodedString(field(requirement, 'key'));
  if (operator !== undefined && values !== undefined) {
    const valuesPath = [...path, 'values'];
    if (withValues.includes(operator)) {
      if (values.length === 0)
        reports.push({
          path: valuesPath,
          errorType: 'Required',
          message: `Operator ${operator} needs at least one value.`,
        });
    } else if (withoutValues.includes(operator)) {
      if (values.length > 0)
        reports.push({
          path: valuesPath,
          errorType: 'Forbidden',
          message: `Operator ${operator} takes no values: remove them (or use In / NotIn).`,
        });
    } else if (singleValue.includes(operator)) {
      if (values.length !== 1)
        reports.push({
          path: valuesPath,
          errorType: 'Required',
          message: `Operator ${operator} needs exactly one value (a number).`,
        });
    } else {
      const known = [...withValues, ...withoutValues, ...singleValue].join(', ');
      reports.push({
        path: [...path, 'operator'],
        errorType: 'Invalid',
        message: `"${operator}" is not a selector operator: use one of ${known}.`,
      });
    }
  }
  if (key !== undefined) {
    const problems = qualifiedNameProblems(key);
    if (problems.length > 0) {
      reports.push({
        path: [...path, 'key'],
        errorType: 'Invalid',
        message:
          key === ''
            ? 'This requirement has no key.'
            : `Key "${key}" is not a valid label key: ${problems.join('; ')}.`,
      });
    }
  }
  if (!allowInvalidValues) {
    values?.forEach((value, index) => {
      if (typeof value !== 'string') return;
      const problems = labelValueProblems(value);
      if (problems.length > 0)
        reports.push({
          path: [...path, 'values', index],
          errorType: 'Invalid',
          message: `Value "${value}" is not a valid label value: it ${problems.join(' and ')}.`,
        });
    });
  }
  return reports;
}

/** The label keys a selector constrains (matchLabels and matchExpressions keys). */
export function selectorKeys(selector: JsonObject): Set<string> {
  const keys = new Set<string>(Object.keys(decodedObject(field(selector, 'matchLabels')) ?? {}));
  for (const expression of decodedList(field(selector, 'matchExpressions')) ?? []) {
    const key = isJsonObject(expression) ? field(expression, 'key') : undefined;
    if (typeof key === 'string') keys.add(key);
  }
  return keys;
}
