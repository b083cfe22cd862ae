#!/usr/bin/env node
/**
 * `npm test`: everything, in the order a failure is cheapest to find — type check, unit tests,
 * production build, then the browser tests in Chromium. Installs Debian's Chromium first when it
 * is missing and this runs as root with apt-get; otherwise says exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds}s)`);
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`Chromium is not at ${chromium}; installing Debian's chromium package…`);
    run(
      'Install Chromium',
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
      {},
    );
    if (existsSync(chromium)) return;
  }
  console.error(
    `\nThe browser tests need Chromium at ${chromium} and it is not there.\n` +
      `Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary:\n\n    CHROMIUM_PATH=/path/to/chrome npm test\n`,
  );
  process.exit(1);
}

if (!existsSync(path.join(root, 'src/generated/kubernetes-schema.json'))) {
  run('Generate the Kubernetes schema', 'node', ['scripts/generate-kubernetes-schema.mjs']);
}
ensureChromium();
run('Lint (format, lint, dead code)', 'npm', ['run', '--silent', 'lint']);
run('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('Unit tests', 'npx', ['vitest', 'run']);
run('Build', 'npx', ['vite', 'build']);
run('Browser tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
console.log('\n✔ All tests passed.');
