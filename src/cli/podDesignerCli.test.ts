import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const launcher = fileURLToPath(new URL('./pod-designer.mjs', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'pod-designer-cli-'));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

function podDesigner(args: readonly string[], input?: string) {
  return spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', input, timeout: 60_000 });
}

// Each run starts Node, tsx and the validator (a few seconds on a busy machine).
describe('pod-designer (the real executable)', { timeout: 60_000 }, () => {
  it('lints a file with every rule, prints file:line:col and exits 1 on an error', () => {
    const file = join(directory, 'pod.yaml');
    writeFileSync(
      file,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    imagePullPolcy: Always\n',
    );
    const result = podDesigner(['lint', file]);
    expect(result.stderr).toContain('1 error');
    expect(result.stdout).toContain(
      `${file}:8:5 error schema/unknown-field Unknown field "imagePullPolcy" — did you mean "imagePullPolicy"?\n`,
    );
    expect(result.status).toBe(1);
  });

  it('reads standard input and writes JSON', () => {
    const result = podDesigner(
      ['lint', '--format', 'json', '-'],
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exits 2 for a file that does not exist', () => {
    const result = podDesigner(['lint', join(directory, 'missing.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file or directory');
  });
});
