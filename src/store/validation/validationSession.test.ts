import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../catalog/exercises';
import { POD_TEMPLATES } from '../../catalog/templates';
import { generateBigPodManifest } from '../../validate/fixtures/generateBigPod';
import { generateMicroservicesManifest } from '../../validate/fixtures/generateMicroservices';
import { randomManifestArbitrary } from '../../yaml/fixtures/randomManifest';
import { renderManifest } from '../../yaml/writeManifest';
import { directFindings, type NamedText, compareWorkerPath } from './fixtures/workerPathComparison';
import { createValidationSession } from './validationSession';
import { ALL_RULES } from '../../validate/allRules';

const root = join(import.meta.dirname, '../../..');

function yamlFiles(directory: string): NamedText[] {
  return readdirSync(join(root, directory), { recursive: true })
    .map(String)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => ({ name: `${directory}/${file}`, text: readFileSync(join(root, directory, file), 'utf8') }));
}

describe('validation in the worker', () => {
  it('finds exactly what validateManifest finds, on every fixture, template and exercise, and after edits', () => {
    const texts: NamedText[] = [
      ...yamlFiles('src/validate/fixtures'),
      ...yamlFiles('e2e/fixtures'),
      ...POD_TEMPLATES.map((template) => ({ name: `template ${template.id}`, text: template.yaml })),
      ...EXERCISES.map((exercise) => ({ name: `exercise ${exercise.id}`, text: exercise.starterYaml })),
      { name: 'generated big pod', text: renderManifest(generateBigPodManifest()) },
      { name: 'generated microservices', text: renderManifest(generateMicroservicesManifest()) },
    ];
    expect(texts.length).toBeGreaterThan(60);
    expect(compareWorkerPath(texts).differences).toEqual([]);
  }, 120_000);

  it('finds what validateManifest finds after any sequence of text edits', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 8 }),
      insert: fc.constantFrom('', 'x', '1', '\n', '---\n', '- ', ': ', '  ', 'kind: Pod\n', 'name: web\n'),
    });
    fc.assert(
      fc.property(randomManifestArbitrary, fc.array(edit, { minLength: 1, maxLength: 8 }), (sample, edits) => {
        const validateText = createValidationSession(ALL_RULES);
        let text = sample.text;
        expect(validateText(text)).toEqual(directFindings(text));
        for (const { at, remove, insert } of edits) {
          const position = Math.floor(at * text.length);
          text = text.slice(0, position) + insert + text.slice(position + remove);
          expect(validateText(text), text).toEqual(directFindings(text));
        }
      }),
      { numRuns: 60 },
    );
  });
});
