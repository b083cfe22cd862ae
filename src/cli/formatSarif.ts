import type { Severity } from '../validate/finding';
import type { LintProblem, RuleDescription } from './lintText';

const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** The parts of a SARIF 2.1.0 log that the command line writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly {
    readonly tool: { readonly driver: SarifDriver };
    readonly columnKind: 'utf16CodeUnits';
    readonly results: readonly SarifResult[];
  }[];
}

interface SarifDriver {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
  readonly rules: readonly {
    readonly id: string;
    readonly shortDescription: { readonly text: string };
    readonly fullDescription: { readonly text: string };
    readonly helpUri: string;
    readonly defaultConfiguration: { readonly level: 'error' | 'warning' | 'note' };
  }[];
}

interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning' | 'note';
  readonly message: { readonly text: string };
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string };
      readonly region: {
        readonly startLine: number;
        readonly startColumn: number;
        readonly endLine: number;
        readonly endColumn: number;
      };
    };
    readonly logicalLocations?: readonly { readonly fullyQualifiedName: string; readonly kind: 'member' }[];
  }[];
}

/**
 * A SARIF 2.1.0 log (the format GitHub code scanning and editors read) with one run: every rule
 * of the tool with its title, why and docs link, and one result per problem.
 */
export function buildSarifLog(
  problems: readonly LintProblem[],
  rules: readonly RuleDescription[],
  toolVersion: string,
): SarifLog {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pod-designer',
            version: toolVersion,
            informationUri: 'https://kubernetes.io/docs/concepts/workloads/pods/',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.why },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: problems.map((problem) => ({
          ruleId: problem.ruleId,
          ruleIndex: ruleIndex.get(problem.ruleId) ?? -1,
          level: SARIF_LEVEL[problem.severity],
          message: { text: problem.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(problem.file) },
                region: {
                  startLine: problem.line,
                  startColumn: problem.column,
                  endLine: problem.endLine,
                  endColumn: problem.endColumn,
                },
              },
              ...(problem.path
                ? { logicalLocations: [{ fullyQualifiedName: problem.path, kind: 'member' as const }] }
                : {}),
            },
          ],
        })),
      },
    ],
  };
}

export function formatSarif(
  problems: readonly LintProblem[],
  rules: readonly RuleDescription[],
  toolVersion: string,
): string {
  return `${JSON.stringify(buildSarifLog(problems, rules, toolVersion), null, 2)}\n`;
}

/** A relative URI reference for a file path (forward slashes, each segment percent-encoded). */
export function artifactUri(file: string): string {
  if (file === '<stdin>') return 'stdin';
  return file
    .replaceAll('\\', '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
