import fc from 'fast-check';
import { constructFromEvents, parseEvents, type Event } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { constructPlainDocuments } from './constructPlainDocuments';
import { randomManifestArbitrary } from './fixtures/randomManifest';
import { SAMPLE_MANIFESTS } from './fixtures/sampleManifests';
import { KUBERNETES_YAML_SCHEMA } from './kubernetesYamlSchema';

/**
 * Both constructors' results for a text, or null when js-yaml's events cannot be read from it
 * (flow collections closed less indented than YAML allows, which parseManifest reads after
 * indenting them, as its own tests check).
 */
function bothConstructors(text: string): { plain: unknown[] | null; general: unknown } | null {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return null;
  }
  let general: unknown;
  try {
    general = constructFromEvents(events, { source: text, schema: KUBERNETES_YAML_SCHEMA });
  } catch (error) {
    general = error instanceof Error ? error.message : error;
  }
  return { plain: constructPlainDocuments(events, text), general };
}

function plain(text: string): unknown[] | null {
  return constructPlainDocuments(parseEvents(text, {}), text);
}

/** Where the plain constructor builds documents, they are the general constructor's. */
function expectAgreement(text: string): void {
  const results = bothConstructors(text);
  if (results?.plain) expect(results.plain).toStrictEqual(results.general);
}

/** The same values, keys in the same order, -0 and NaN included. */
function expectSameAsGeneral(text: string): void {
  const results = bothConstructors(text);
  expect(results?.plain).not.toBeNull();
  expect(results?.plain).toStrictEqual(results?.general);
  expect(JSON.stringify(results?.plain)).toBe(JSON.stringify(results?.general));
}

describe('constructPlainDocuments builds what js-yaml builds', () => {
  it('builds most sample manifests itself, and those as js-yaml does', () => {
    // Some samples have anchors, merge keys or tags; those go to the general constructor.
    const built = SAMPLE_MANIFESTS.filter(({ text }) => bothConstructors(text)?.plain);
    expect(built.length).toBeGreaterThan(SAMPLE_MANIFESTS.length / 2);
    for (const { text } of SAMPLE_MANIFESTS) expectAgreement(text);
  });

  it('reads YAML 1.1 scalars as kubectl does, in values and in keys', () => {
    expectSameAsGeneral(
      [
        'a: yes',
        'b: Off',
        'c: 0644',
        'd: 0x1F',
        'e: 1_000',
        'f: 1e3',
        'g: .5',
        'h: -.inf',
        'i: .NaN',
        'j: ~',
        'k:',
        'l: 2001-12-14',
        "m: 'yes'",
        'n: "0644"',
        'o: -0',
        'p: +12',
        '0644: octal key',
        'true: boolean key',
        '~: null key',
        '1.5: float key',
      ].join('\n'),
    );
  });

  it('reads quoted, block and flow values, multi-line plain scalars and several documents', () => {
    expectSameAsGeneral(
      [
        '# leading comment',
        'apiVersion: v1',
        'kind: ConfigMap',
        'data:',
        '  script: |',
        '    echo "hi"',
        '    exit 0',
        '  folded: >-',
        '    one',
        '    two',
        '  quoted: "tab\\tand \\u00e9"',
        "  single: 'it''s'",
        '  long: a plain',
        '    scalar over lines',
        '  list: [a, "b", 3, {x: 1}]',
        '  empty: {}',
        '---',
        '---',
        '- 1',
        '- [ ]',
        '- - nested',
        '...',
      ].join('\n'),
    );
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n'],
    ['a tag', 'a: !!str 10\n'],
    ['a tagged collection', 'a: !!set {x, y}\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key after resolution', '0x10: a\n16: b\n'],
    ['a complex key', '? [a, b]\n: c\n'],
    ['a __proto__ key', '__proto__: {polluted: true}\n'],
  ])('leaves %s to the general constructor', (_what, text) => {
    expect(plain(text)).toBeNull();
  });

  it('agrees with js-yaml on random manifests in every layout', () => {
    fc.assert(
      fc.property(randomManifestArbitrary, ({ text }) => {
        expectAgreement(text);
      }),
      { numRuns: 150 },
    );
  });
});
