import { formatDataPath } from '../model/dataPath';
import { objectPath } from '../model/workloads';
import { rangeOfPath } from '../yaml/locateSource';
import { parseManifest } from '../yaml/parseManifest';
import type { Finding, Severity } from '../validate/finding';
import type { ValidationOptions } from '../validate/objectContext';
import type { Rule } from '../validate/rule';
import { silenceFindings } from '../validate/silencing/silenceFindings';
import { EMPTY_SILENCING_CONFIG, type SilencingConfig } from '../validate/silencing/silencingConfig';
import { validateManifest } from '../validate/validateManifest';

/** One problem of a linted file, where an editor or CI shows it (one-based line and column). */
export interface LintProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly ruleId: string;
  /** The field path inside the object, as the API server prints it: `spec.containers[0].image`. */
  readonly path: string;
  readonly message: string;
  /** Silenced by an ignore annotation or the config: not printed, not failing; counted apart. */
  readonly silenced?: true;
}

/** What the command line says about a rule (the validator's rules, and the YAML reader's). */
export interface RuleDescription {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly why: string;
  readonly docsUrl: string;
}

/** Text that is not YAML, reported like a rule so every output format can carry it. */
export const YAML_SYNTAX_RULE: RuleDescription = {
  id: 'yaml/syntax',
  severity: 'error',
  title: 'The file is valid YAML',
  why: 'kubectl cannot read a manifest that is not valid YAML, so none of its objects can be applied.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object',
};

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Lints one file's text with the same parser and rules as the app: a YAML error becomes one
 * `yaml/syntax` problem at its line and column; each finding is placed at its field (or the
 * nearest part of it that exists). Problems come in file order.
 * @example lintText('apiVersion: v1\nkind: Pod\n…', 'pod.yaml', ALL_RULES)
 */
export function lintText(
  text: string,
  file: string,
  rules: readonly Rule[],
  config: SilencingConfig = EMPTY_SILENCING_CONFIG,
  options: ValidationOptions = {},
): LintProblem[] {
  const outcome = parseManifest(text);
  if (!outcome.ok) {
    const { line, column, message } = outcome.error;
    return [
      {
        file,
        line,
        column,
        endLine: line,
        endColumn: column,
        severity: 'error',
        ruleId: YAML_SYNTAX_RULE.id,
        path: '',
        message,
      },
    ];
  }
  const parsed = outcome.manifest;
  const findings = silenceFindings(validateManifest(parsed.documents, rules, options), parsed.documents, config, file);
  const problems = findings.map((finding: Finding): LintProblem => {
    const range = rangeOfPath(parsed, [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)]);
    const start = range?.start ?? { line: 1, column: 1 };
    const end = range?.end ?? start;
    return {
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity: finding.severity,
      ruleId: finding.ruleId,
      path: formatDataPath(finding.path),
      message: finding.message,
      ...(finding.silenced ? { silenced: true as const } : {}),
    };
  });
  return problems.sort(
    (a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
