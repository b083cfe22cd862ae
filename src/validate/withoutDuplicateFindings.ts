import { formatDataPath } from '../model/dataPath';
import type { Finding } from './finding';

/** Schema rules whose findings an API rule may report again at the same field. */
const OVERLAPPING_SCHEMA_RULES = new Set(['schema/required-field', 'schema/unsupported-value']);

function placeOf(finding: Finding): string {
  return `${finding.objectRef.documentIndex}/${finding.objectRef.itemIndex ?? ''}/${formatDataPath(finding.path)}`;
}

/**
 * One finding per problem: a schema finding (missing required field, value outside the fixed set)
 * is dropped when an API rule reports the same field, because the API rule explains it in the
 * words of that field. The schema finding's fix (a "did you mean" correction) moves to the API
 * finding when that one has none.
 * @example withoutDuplicateFindings([schemaRestartPolicy, apiRestartPolicy]) // [apiRestartPolicy with the schema's fix]
 */
export function withoutDuplicateFindings(findings: readonly Finding[]): Finding[] {
  const schemaFindings = new Map<string, Finding>();
  for (const finding of findings) {
    if (OVERLAPPING_SCHEMA_RULES.has(finding.ruleId)) schemaFindings.set(placeOf(finding), finding);
  }
  if (schemaFindings.size === 0) return [...findings];
  const covered = new Set<Finding>();
  const result: Finding[] = [];
  for (const finding of findings) {
    if (finding.family !== 'api') {
      result.push(finding);
      continue;
    }
    const duplicate = schemaFindings.get(placeOf(finding));
    if (!duplicate) {
      result.push(finding);
      continue;
    }
    covered.add(duplicate);
    result.push(!finding.fix && duplicate.fix ? { ...finding, fix: duplicate.fix } : finding);
  }
  return result.filter((finding) => !covered.has(finding));
}
