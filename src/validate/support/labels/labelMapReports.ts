import type { DataPath } from '../../../model/dataPath';
import type { JsonObject } from '../../../model/jsonValue';
import { labelValueProblems, qualifiedNameProblems } from '../nameFormats';
import type { RuleReport } from '../../rule';

/**
 * Findings for a label map (metadata.labels, nodeSelector, matchLabels), as the API server reports
 * them: at the map's path, without the key, with the editor marker on the key itself.
 * @example labelMapReports({ 'app name': 'web' }, ['metadata', 'labels'], 'Label')
 */
export function labelMapReports(labels: JsonObject, path: DataPath, noun: string): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const key of Object.keys(labels)) {
    const markerPath = [...path, key];
    const keyProblems = qualifiedNameProblems(key);
    if (keyProblems.length > 0) {
      reports.push({
        path,
        markerPath,
        errorType: 'Invalid',
        message: `${noun} key "${key}" is not valid: ${keyProblems.join('; ')}.`,
      });
    }
    const value = labels[key];
    const text = value === null ? '' : typeof value === 'string' ? value : undefined;
    if (text === undefined) continue;
    const valueProblems = labelValueProblems(text);
    if (valueProblems.length > 0) {
      reports.push({
        path,
        markerPath,
        errorType: 'Invalid',
        message: `${noun} value "${text}" (key "${key}") ${valueProblems.join(' and ')}.`,
      });
    }
  }
  return reports;
}
