import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createManifestParser } from './createManifestParser';
import { randomManifestArbitrary } from './fixtures/randomManifest';
import { SAMPLE_MANIFESTS } from './fixtures/sampleManifests';
import { parseManifest, type ParseOutcome } from './parseManifest';
import { writeManifest } from './writeManifest';

/** What a parse says, with the lazily built parts read. */
function observable(outcome: ParseOutcome) {
  if (!outcome.ok) return outcome;
  const { text, documents, sources, lines } = outcome.manifest;
  return { text, documents, sources, lineCount: lines.lineCount };
}

const THREE_DOCUMENTS = `# a release
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
--- # the service
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
`;

describe('createManifestParser', () => {
  it('reads every sample manifest exactly as parseManifest does', () => {
    const parser = createManifestParser();
    for (const sample of SAMPLE_MANIFESTS)
      expect(observable(parser.parse(sample.text)), sample.name).toEqual(observable(parseManifest(sample.text)));
  });

  it('keeps the objects and source trees of the documents an edit did not touch', () => {
    const parser = createManifestParser();
    const before = parser.parse(THREE_DOCUMENTS);
    const after = parser.parse(THREE_DOCUMENTS.replace('nginx:1.27', 'nginx:1.28'));
    if (!before.ok || !after.ok) throw new Error('the manifests parse');
    expect(after.manifest.documents[0]).toBe(before.manifest.documents[0]);
    expect(after.manifest.documents[1]).not.toBe(before.manifest.documents[1]);
    expect(after.manifest.documents[2]).toBe(before.manifest.documents[2]);
    expect(after.manifest.sources[0]).toBe(before.manifest.sources[0]);
    expect(observable(after)).toEqual(observable(parseManifest(after.manifest.text)));
  });

  it('moves the source trees of the documents after an edit that changed the length', () => {
    const parser = createManifestParser();
    const before = parser.parse(THREE_DOCUMENTS);
    const text = THREE_DOCUMENTS.replace('mode: fast', 'mode: faster\n  level: "3"');
    const after = parser.parse(text);
    if (!before.ok || !after.ok) throw new Error('the manifests parse');
    expect(after.manifest.documents[2]).toBe(before.manifest.documents[2]);
    expect(observable(after)).toEqual(observable(parseManifest(text)));
  });

  it('reports an error as the whole stream does: its line and its document number', () => {
    const parser = createManifestParser();
    parser.parse(THREE_DOCUMENTS);
    const broken = `${THREE_DOCUMENTS}---\n- a list\n`;
    const outcome = parser.parse(broken);
    expect(outcome).toEqual(parseManifest(broken));
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/^Document 4 is a list/);
  });

  it('returns the remembered document objects next time (structure shared by the caller)', () => {
    const parser = createManifestParser();
    const first = parser.parse(THREE_DOCUMENTS);
    if (!first.ok) throw new Error('the manifest parses');
    const replacement = structuredClone(first.manifest.documents);
    parser.remember({ ...first.manifest, documents: replacement });
    const next = parser.parse(THREE_DOCUMENTS.replace('name: settings', 'name: config'));
    if (!next.ok) throw new Error('the manifest parses');
    expect(next.manifest.documents[1]).toBe(replacement[1]);
    expect(next.manifest.documents[2]).toBe(replacement[2]);
  });

  it('starts from a written text: a canvas edit, then typing', () => {
    const parser = createManifestParser();
    const first = parser.parse(THREE_DOCUMENTS);
    if (!first.ok) throw new Error('the manifest parses');
    const documents = first.manifest.documents.map((document, index) =>
      index === 0 ? { ...document, data: { mode: 'slow' } } : document,
    );
    const written = writeManifest(first.manifest, documents).manifest;
    parser.remember(written);
    const typed = written.text.replace('app: web', 'app: website');
    const next = parser.parse(typed);
    if (!next.ok) throw new Error('the manifest parses');
    expect(next.manifest.documents[0]).toBe(written.documents[0]);
    expect(next.manifest.documents[1]).toBe(written.documents[1]);
    expect(observable(next)).toEqual(observable(parseManifest(typed)));
  });

  it('reads streams with directives or end markers whole, with the same result', () => {
    const parser = createManifestParser();
    for (const text of [
      '%YAML 1.1\n---\na: 1\n',
      'a: 1\n...\n---\nb: 2\n',
      '--- !!map\na: 1\n',
      '--- |\n  text\n',
      'a: "one\n---\ntwo"\n',
    ])
      expect(observable(parser.parse(text)), text).toEqual(observable(parseManifest(text)));
  });

  it('gives what parseManifest gives after any sequence of text edits', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 12 }),
      insert: fc.constantFrom(
        '',
        'x',
        ' ',
        '\n',
        '---\n',
        '\n---\n',
        '- ',
        ': ',
        '#',
        '"',
        '  ',
        '%',
        '...\n',
        'a: 1\n',
      ),
    });
    fc.assert(
      fc.property(randomManifestArbitrary, fc.array(edit, { minLength: 1, maxLength: 12 }), (sample, edits) => {
        const parser = createManifestParser();
        let text = sample.text;
        expect(observable(parser.parse(text))).toEqual(observable(parseManifest(text)));
        for (const { at, remove, insert } of edits) {
          const position = Math.floor(at * text.length);
          text = text.slice(0, position) + insert + text.slice(position + remove);
          expect(observable(parser.parse(text)), text).toEqual(observable(parseManifest(text)));
        }
      }),
      { numRuns: 100 },
    );
  });
});
