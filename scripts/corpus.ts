/**
 * Checks that real manifests survive the app's edits losslessly.
 *
 *   npm run corpus -- DIR
 *
 * For every .yaml/.yml file under DIR: read it through the model, export it unchanged, then for
 * each workload apply real edits and their inverses with the operations and `writeManifest` the
 * app uses (add and remove a container; add, mount, unmount and remove a volume; set and remove a
 * probe; rename a container and back, and with kubectl.kubernetes.io/default-container naming it;
 * remove the last env var, port or mount under the author's comments, which must all stay; change
 * the workload kind to every other kind and back; in a file whose keys are sorted, add an init
 * container and a probe and check it is still sorted; in a file that quotes its strings or writes
 * short lists in flow style, add a container with args and check they are written so). Every write must be a
 * minimal patch that reads back to the intended documents, and after each pair of inverse edits
 * the text must be byte-identical to the file. A write that falls back to re-rendering (the
 * patcher threw, or its text read back wrong) fails the file and is counted; any failure makes the
 * exit code 1. The same check runs on the repository's own manifests in `npm test`
 * (src/testing/losslessEditCheck.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLosslessEdits } from '../src/testing/losslessEditCheck';

function yamlFilesUnder(directory: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/i.test(name)) files.push(path);
  }
  return files;
}

function main(): number {
  const directory = process.argv[2];
  if (!directory) {
    console.error('usage: npm run corpus -- DIR');
    return 2;
  }
  const counts = { passed: 0, failed: 0, fallbacks: 0, invalid: 0 };
  for (const path of yamlFilesUnder(directory)) {
    const file = path;
    const result = checkLosslessEdits(readFileSync(file, 'utf8'));
    if (result.status === 'passed') {
      counts.passed++;
      console.log(`passed  ${file}`);
    } else if (result.status === 'failed') {
      counts.failed++;
      counts.fallbacks += result.fallbacks.length;
      console.log(`failed  ${file}: ${result.reasons.join('; ')}`);
    } else {
      counts.invalid++;
      console.log(`invalid YAML  ${file}:${result.line}:${result.column}: ${result.message}`);
    }
  }
  console.log(
    `${counts.passed} passed, ${counts.failed} failed, ${counts.invalid} invalid YAML; ${counts.fallbacks} writes fell back to re-rendering`,
  );
  return counts.failed > 0 ? 1 : 0;
}

process.exitCode = main();
