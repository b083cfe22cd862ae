/**
 * Checks that the validation worker's path finds exactly what the validator called directly finds.
 *
 *   npm run corpus:findings -- DIR...
 *
 * Every .yaml/.yml file under each DIR, and a sequence of edits of it (a changed value, a comment,
 * a document added, names changed, documents removed, a syntax error and its repair), goes through
 * one validation session as the worker runs it (parsing and validating only what changed, results
 * cloned as postMessage clones them) and through `validateManifest` on a fresh parse, as the CLI
 * calls it. Prints each difference; exits with 1 when there is one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareWorkerPath, type NamedText } from '../src/store/validation/fixtures/workerPathComparison';

function yamlFilesUnder(directory: string): NamedText[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/i.test(name) ? [{ name: path, text: readFileSync(path, 'utf8') }] : [];
    });
}

const directories = process.argv.slice(2);
if (directories.length === 0) {
  console.error('usage: npm run corpus:findings -- DIR...');
  process.exit(2);
}
const files = directories.flatMap(yamlFilesUnder);
const started = performance.now();
const { compared, differences } = compareWorkerPath(files);
for (const difference of differences) console.log(difference);
console.log(
  `${files.length} files, ${compared} texts compared in ${((performance.now() - started) / 1000).toFixed(1)} s: ${differences.length} differences`,
);
process.exit(differences.length > 0 ? 1 : 0);
