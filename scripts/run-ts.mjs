/**
 * Runs a TypeScript file in Node with tsx's ESM loader, passing its arguments through:
 * `node scripts/run-ts.mjs scripts/corpus.ts DIR` behaves like `tsx scripts/corpus.ts DIR`.
 * The launcher removes itself from process.argv, so the script sees `[node, script, ...args]`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}

register();
const scriptPath = resolve(script);
process.argv = [process.argv[0], scriptPath, ...args];
await import(pathToFileURL(scriptPath).href);
