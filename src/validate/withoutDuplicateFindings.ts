import { formatDataPath } from '../model/dataPath';
import type { Finding } from './finding';

/** Schema rules whose findings an API rule may report again at the same field. */
const OVERLAPPING_SCHEMA_RULES = new Set(['schema/required-field', 'schema/unsupported-value']);

function placeOf(finding: Finding): string {
  return `${finding.objectRef.documentIndex}/${finding.objectRef.itemIndex ?? ''}/${formatDataPath(finding.path)}`;
}

/**
 * One finding per problem. A schema finding (missing required field, value outside the fixed set)
 * is dropped when an API rule reports the same field, because the API rule explains it in the
 * words of that field. The schema finding's fix (a "did you mean" correction) moves to the API
 * finding when that one has none.
 * A hostPath volume's Pod Security finding takes in practice/host-path's (see withHostPathFolded).
 * @example withoutDuplicateFindings([schemaRestartPolicy, apiRestartPolicy]) // [apiRestartPolicy with the schema's fix]
 */
export function withoutDuplicateFindings(findings: readonly Finding[]): Finding[] {
  return withoutSchemaDuplicates(withHostPathFolded(findings));
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * A hostPath volume that exposes the node is one problem, which Pod Security (every hostPath
 * volume) and practice/host-path (what this path exposes) both see: the Pod Security finding
 * keeps it, with the practice finding's explanation and the graver severity.
 */
function withHostPathFolded(findings: readonly Finding[]): readonly Finding[] {
  const practice = new Map<string, Finding>();
  for (const finding of findings) {
    const last = finding.path[finding.path.length - 1];
    if (finding.ruleId === 'practice/host-path' && last === 'path')
      practice.set(placeOf({ ...finding, path: finding.path.slice(0, -1) }), finding);
  }
  if (practice.size === 0) return findings;
  const folded = new Set<Finding>();
  const result = findings.map((finding) => {
    if (finding.ruleId !== 'pss/host-path-volumes') return finding;
    const detail = practice.get(placeOf(finding));
    if (!detail) return finding;
    folded.add(detail);
    const severity =
      SEVERITY_RANK[detail.severity] < SEVERITY_RANK[finding.severity] ? detail.severity : finding.severity;
    return { ...finding, severity, message: `${finding.message} ${detail.message}` };
  });
  return result.filter((finding) => !folded.has(finding));
}

function withoutSchemaDuplicates(findings: readonly Finding[]): Finding[] {
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
