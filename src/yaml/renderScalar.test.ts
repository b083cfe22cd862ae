import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './parseManifest';
import { renderKey, renderScalar } from './renderScalar';

function readBack(text: string): unknown {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.message}\n${text}`);
  return outcome.manifest.documents[0];
}

describe('renderScalar', () => {
  it.each([
    ['8080', '"8080"'],
    ['true', '"true"'],
    ['yes', '"yes"'],
    ['on', '"on"'],
    ['1.10', '"1.10"'],
    ['0644', '"0644"'],
    ['1e3', '"1e3"'],
    ['2024-01-15', '"2024-01-15"'],
    ['null', '"null"'],
    ['~', '"~"'],
    ['', '""'],
    ['*/5 * * * *', '"*/5 * * * *"'],
    ['- item', '"- item"'],
    ['a: b', '"a: b"'],
    ['nginx:1.27', 'nginx:1.27'],
    ['250m', '250m'],
    ['/var/log', '/var/log'],
  ])('writes the string %j as %s, which reads back as the same string', (value, text) => {
    expect(renderScalar(value)).toBe(text);
    expect(readBack(`v: ${text}\n`)).toEqual({ v: value });
  });

  it('writes numbers, booleans and null as such', () => {
    expect([renderScalar(8080), renderScalar(0.5), renderScalar(false), renderScalar(null)]).toEqual([
      '8080',
      '0.5',
      'false',
      'null',
    ]);
  });

  it('keeps a preferred quoting style when it fits', () => {
    expect(renderScalar('web', { preferredStyle: 'single' })).toBe("'web'");
    expect(renderScalar('web', { preferredStyle: 'double' })).toBe('"web"');
    expect(renderScalar('tab\there', { preferredStyle: 'single' })).toBe('"tab\\there"');
  });

  it('writes multi-line strings as literal blocks with the right chomping', () => {
    expect(renderScalar('a\nb\n', { parentColumn: 2 })).toBe('|\n    a\n    b');
    expect(renderScalar('a\nb', { parentColumn: 0 })).toBe('|-\n  a\n  b');
    expect(renderScalar('a\n\n', { parentColumn: 0 })).toBe('|+\n  a\n');
  });

  it('writes any string so that kubectl reads back the same string, in block and in flow context', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(
              ':',
              '#',
              '-',
              ' ',
              '\n',
              '\t',
              "'",
              '"',
              '\\',
              '[',
              '{',
              ',',
              '*',
              '&',
              '!',
              '|',
              '>',
              '%',
              '@',
              '`',
              '?',
            ),
            fc.string({ minLength: 1, maxLength: 1 }),
            fc.constantFrom('yes', 'no', '0x1', '1e3', '~', '0o7', '.inf'),
          ),
        }),
        (value) => {
          expect(readBack(`v: ${renderScalar(value, { parentColumn: 0 })}\n`)).toEqual({ v: value });
          expect(readBack(`v: [${renderScalar(value, { inFlow: true })}]\n`)).toEqual({ v: [value] });
          if (value !== '__proto__') expect(readBack(`${renderKey(value)}: 1\n`)).toEqual({ [value]: 1 });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
