import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from './runCli';

/** The command line's reads and writes in Node: files, directories and the standard streams. */
export const nodeCliIo: CliIo = {
  async readText(file) {
    if (file === '-') return readStandardInput();
    return readFile(file, 'utf8');
  },
  async expandPath(file) {
    return (await stat(file)).isDirectory() ? yamlFilesUnder(file) : [file];
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The .yaml and .yml files under a directory, in sorted order. */
async function yamlFilesUnder(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await yamlFilesUnder(path)));
    else if (/\.ya?ml$/i.test(entry.name)) files.push(path);
  }
  return files;
}
