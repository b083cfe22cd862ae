import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAtPath } from '../model/valueAtPath';
import type { JsonValue } from '../model/jsonValue';
import { SAMPLE_MANIFESTS, sampleManifest } from './fixtures/sampleManifests';
import { rangeOfPath } from './locateSource';
import { PARSE_LIMITS, parseManifest, type ManifestParseError, type ParsedManifest } from './parseManifest';

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}`);
  return outcome.manifest;
}

function rejected(text: string): ManifestParseError {
  const outcome = parseManifest(text);
  if (outcome.ok) throw new Error('expected the text to be rejected');
  return outcome.error;
}

function timed<T>(run: () => T): { result: T; milliseconds: number } {
  const start = performance.now();
  const result = run();
  return { result, milliseconds: performance.now() - start };
}

describe('parseManifest reads manifests as kubectl does', () => {
  it('has at least 30 varied sample manifests', () => {
    expect(SAMPLE_MANIFESTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SAMPLE_MANIFESTS.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    const manifest = parsed(sample.text);
    for (const [path, value] of sample.values) {
      expect(getAtPath(manifest.documents as unknown as JsonValue, path), JSON.stringify(path)).toEqual(value);
    }
  });

  it.each([
    ['yes', true],
    ['Yes', true],
    ['on', true],
    ['y', true],
    ['no', false],
    ['off', false],
    ['n', false],
    ['true', true],
    ['0644', 420],
    ['0o644', 420],
    ['0x1F', 31],
    ['1_000', 1000],
    ['1e3', 1000],
    ['.5', 0.5],
    ['-12', -12],
    ['1.10', 1.1],
    ['~', null],
    ['null', null],
    ['', null],
    ['2024-01-15', '2024-01-15'],
    ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00'],
    ['1e3m', '1e3m'],
    ['100Mi', '100Mi'],
    ['0.5Gi', '0.5Gi'],
    ['"8080"', '8080'],
    ["'true'", 'true'],
    ['"1.10"', '1.10'],
    ['"yes"', 'yes'],
    ['!!str 0644', '0644'],
    ['!!int "42"', 42],
    ['!!float 1', 1],
  ] as const)('reads the scalar `%s` as %j', (text, value) => {
    expect(parsed(`value: ${text}\n`).documents[0]).toEqual({ value });
  });

  it('keeps empty documents as null and skips a stream of only comments', () => {
    expect(parsed('---\n---\napiVersion: v1\n').documents).toEqual([null, { apiVersion: 'v1' }]);
    expect(parsed('# nothing here\n').documents).toEqual([]);
    expect(parsed('').documents).toEqual([]);
  });

  it('accepts a flow sequence closed less indented than YAML allows, as kubectl does, and maps it to the right text', () => {
    const sample = sampleManifest('flow sequence closed less indented than YAML allows (kubectl reads it)');
    const manifest = parsed(sample.text);
    const range = rangeOfPath(manifest, [0, 'spec', 'containers', 0, 'lifecycle', 'preStop', 'exec', 'command', 2]);
    expect(range).toMatchObject({ start: { line: 13, column: 30 }, end: { line: 13, column: 39 }, exact: true });
  });
});

describe('parseManifest rejects unsafe or invalid input with a clear message and position', () => {
  it('rejects an alias bomb (billion laughs) quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { result, milliseconds } = timed(() => rejected(`${levels.join('\n')}\n`));
    expect(result.message).toMatch(/alias bomb \("billion laughs"\)/);
    expect(result.line).toBeGreaterThan(1);
    expect(milliseconds).toBeLessThan(1000);
  });

  it('rejects more aliases than allowed', () => {
    const text = `a: &a x\nb: [${Array(PARSE_LIMITS.maxAliases + 1)
      .fill('*a')
      .join(',')}]\n`;
    expect(rejected(text).message).toMatch(/more than 10000 aliases/);
  });

  it('rejects deep nesting, and says where', () => {
    const flow = rejected(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    expect(flow.message).toMatch(/nested more than 64 levels/);
    expect(flow).toMatchObject({ line: 1 });
    const block = `${Array.from({ length: 80 }, (_, depth) => `${' '.repeat(depth * 2)}k${depth}:`).join('\n')} 1\n`;
    expect(rejected(block)).toMatchObject({ message: expect.stringMatching(/nested more than 64 levels/), line: 64 });
  });

  it('rejects nesting that only aliases make deep', () => {
    const lines = ['a0: &a0 [x]'];
    for (let level = 1; level < 100; level++) lines.push(`a${level}: &a${level} [*a${level - 1}]`);
    expect(rejected(`${lines.join('\n')}\n`).message).toMatch(
      /With its aliases \(\*name\) expanded, the YAML is nested more than 64/,
    );
  });

  it('rejects an alias inside the value it names', () => {
    expect(rejected('a: &a [x, *a]\n')).toMatchObject({
      message: expect.stringMatching(/refers to the value that contains it/),
      line: 1,
    });
  });

  it('rejects a 10 MB text before parsing it, at once', () => {
    const text = `data: ${'x'.repeat(10 * 1024 * 1024)}\n`;
    const { result, milliseconds } = timed(() => rejected(text));
    expect(result).toEqual({
      message: expect.stringMatching(/^This text is 10\.0 MB; Pod Designer opens manifests of up to 3 MB/),
      line: 1,
      column: 1,
      offset: 0,
    });
    expect(milliseconds).toBeLessThan(50);
  });

  it('rejects documents that are not objects: a scalar, a list', () => {
    expect(rejected('just text\n')).toMatchObject({
      message: expect.stringMatching(/^Document 1 is a text value, not a Kubernetes object/),
      line: 1,
      column: 1,
    });
    expect(rejected('- a\n- b\n')).toMatchObject({
      message: expect.stringMatching(/^Document 1 is a list, not a Kubernetes object/),
      line: 1,
    });
    expect(rejected('apiVersion: v1\n---\n42\n')).toMatchObject({
      message: expect.stringMatching(/^Document 2 is a number value/),
      line: 3,
      column: 1,
    });
  });

  it('rejects a __proto__ key, points at it, and pollutes nothing', () => {
    const error = rejected('apiVersion: v1\nkind: Pod\nmetadata:\n  __proto__:\n    polluted: true\n');
    expect(error).toMatchObject({
      message: expect.stringMatching(/A key named "__proto__" is not allowed/),
      line: 4,
      column: 3,
    });
    expect(rejected('metadata: {"__proto__": 1}\n').message).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unknown tags and tags whose values are not JSON data', () => {
    expect(rejected('apiVersion: v1\nkind: !foo Pod\n')).toMatchObject({
      message: expect.stringMatching(
        /^unknown scalar tag !<!foo>: Kubernetes manifests use only the standard YAML types/,
      ),
      line: 2,
      column: 7,
    });
    expect(rejected('metadata: !foo\n  name: x\n').message).toMatch(/unknown mapping tag !<!foo>/);
    expect(rejected('data: !!binary aGVsbG8=\n').message).toMatch(/binary/);
    expect(rejected('data: !!set {a, b}\n').message).toMatch(/set/);
  });

  it('gives the line and column of a syntax error', () => {
    expect(rejected('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: {}\n')).toEqual({
      message: 'YAML syntax error: bad indentation: keys at the same level must start in the same column.',
      line: 5,
      column: 10,
      offset: expect.any(Number),
    });
    expect(rejected('a: 1\na: 2\n')).toMatchObject({
      message: expect.stringMatching(/the same key appears twice/),
      line: 2,
      column: 1,
    });
    expect(rejected('a: [1, 2\n')).toMatchObject({ message: expect.stringMatching(/^YAML syntax error:/), line: 2 });
  });

  it('explains an unknown escape in a double-quoted string and points at its backslash', () => {
    const error = rejected(`command: ["sh", "-c", "echo \\"A=\\'x\\'\\""]\n`);
    expect(error.message).toBe(
      "YAML syntax error: \\' is not a valid escape in a double-quoted string (inside double quotes a single quote needs no backslash).",
    );
    expect(error).toMatchObject({ line: 1, column: 33 });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ':',
            ' ',
            '\n',
            '-',
            '[',
            ']',
            '{',
            '}',
            '&',
            '*',
            '!',
            '"',
            "'",
            '#',
            '|',
            '>',
            '\t',
            '<<',
            '%',
            '---',
          ),
        }),
        (text) => {
          const outcome = parseManifest(text);
          expect(typeof outcome.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
