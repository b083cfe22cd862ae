import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from './exitCode';
import { formatJson } from './formatJson';
import { artifactUri, buildSarifLog } from './formatSarif';
import { formatSummary, formatText } from './formatText';
import { YAML_SYNTAX_RULE, type LintProblem, type RuleDescription } from './lintText';

const problem = (overrides: Partial<LintProblem> = {}): LintProblem => ({
  file: 'k8s/pod.yaml',
  line: 12,
  column: 7,
  endLine: 12,
  endColumn: 29,
  severity: 'error',
  ruleId: 'schema/unknown-field',
  path: 'spec.containers[0].imagePullPolcy',
  message: 'Unknown field "imagePullPolcy" — did you mean "imagePullPolicy"?',
  ...overrides,
});

const unknownField: RuleDescription = {
  id: 'schema/unknown-field',
  severity: 'error',
  title: 'Every field exists in the Kubernetes API',
  why: 'Strict field validation.',
  docsUrl: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
};
const advice: RuleDescription = { ...unknownField, id: 'practice/advice', severity: 'info' };

/**
 * The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that cover what the
 * command line writes: required properties, enums and minimums, unknown properties refused.
 */
const SARIF_SUBSET = {
  type: 'object',
  required: ['version', 'runs'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        additionalProperties: false,
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  informationUri: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      additionalProperties: false,
                      properties: {
                        id: { type: 'string' },
                        shortDescription: { $ref: '#/definitions/message' },
                        fullDescription: { $ref: '#/definitions/message' },
                        helpUri: { type: 'string' },
                        defaultConfiguration: {
                          type: 'object',
                          additionalProperties: false,
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              additionalProperties: false,
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { $ref: '#/definitions/message' },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            properties: { uri: { type: 'string', format: 'uri-reference' } },
                          },
                          region: {
                            type: 'object',
                            additionalProperties: false,
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                              endLine: { type: 'integer', minimum: 1 },
                              endColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                      logicalLocations: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: { fullyQualifiedName: { type: 'string' }, kind: { type: 'string' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  definitions: {
    message: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
  },
};

describe('output formats', () => {
  it('text: file:line:col severity rule-id message, one line each', () => {
    expect(
      formatText([
        problem(),
        problem({ line: 20, column: 3, severity: 'info', ruleId: 'practice/advice', message: 'Consider it.' }),
      ]),
    ).toBe(
      'k8s/pod.yaml:12:7 error schema/unknown-field Unknown field "imagePullPolcy" — did you mean "imagePullPolicy"?\n' +
        'k8s/pod.yaml:20:3 info practice/advice Consider it.\n',
    );
    expect(formatSummary([problem(), problem({ severity: 'warning' })], 1)).toBe(
      '1 error, 1 warning and 0 infos in 1 file\n',
    );
  });

  it('json: an array of file, line, column, severity, ruleId, path and message', () => {
    expect(JSON.parse(formatJson([problem()]))).toEqual([
      {
        file: 'k8s/pod.yaml',
        line: 12,
        column: 7,
        severity: 'error',
        ruleId: 'schema/unknown-field',
        path: 'spec.containers[0].imagePullPolcy',
        message: 'Unknown field "imagePullPolcy" — did you mean "imagePullPolicy"?',
      },
    ]);
    expect(formatJson([])).toBe('[]\n');
  });

  it('sarif: a valid SARIF 2.1.0 log with the rules and one result per problem', () => {
    const log = buildSarifLog(
      [problem(), problem({ severity: 'info', ruleId: 'practice/advice', file: 'my dir/pod.yaml' })],
      [unknownField, advice, YAML_SYNTAX_RULE],
      '0.1.0',
    );
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    expect(ajv.validate(SARIF_SUBSET, log), JSON.stringify(ajv.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['schema/unknown-field', 'error'],
      ['practice/advice', 'note'],
      ['yaml/syntax', 'error'],
    ]);
    expect(
      run.results.map((result) => [
        result.ruleId,
        result.ruleIndex,
        result.level,
        result.locations[0]?.physicalLocation.artifactLocation.uri,
      ]),
    ).toEqual([
      ['schema/unknown-field', 0, 'error', 'k8s/pod.yaml'],
      ['practice/advice', 1, 'note', 'my%20dir/pod.yaml'],
    ]);
    expect(run.results[0]?.locations[0]?.physicalLocation.region).toEqual({
      startLine: 12,
      startColumn: 7,
      endLine: 12,
      endColumn: 29,
    });
  });

  it('sarif: file names become relative URI references', () => {
    expect(artifactUri('C:\\work\\pod #1.yaml')).toBe('C%3A/work/pod%20%231.yaml');
    expect(artifactUri('<stdin>')).toBe('stdin');
  });

  it('exit status: 1 with an error, 0 with warnings and infos only, 2 for usage or read errors', () => {
    expect(exitCodeFor([problem()], { usageOrReadError: false })).toBe(1);
    expect(
      exitCodeFor([problem({ severity: 'warning' }), problem({ severity: 'info' })], { usageOrReadError: false }),
    ).toBe(0);
    expect(exitCodeFor([], { usageOrReadError: false })).toBe(0);
    expect(exitCodeFor([problem()], { usageOrReadError: true })).toBe(2);
  });
});
