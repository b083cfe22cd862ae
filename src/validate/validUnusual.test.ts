import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../model/dataPath';
import { parseManifest } from '../yaml/parseManifest';
import { ALL_RULES } from './allRules';
import { validateManifest } from './validateManifest';

const directory = fileURLToPath(new URL('./fixtures/valid-unusual/', import.meta.url));
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/**
 * Pods that Kubernetes 1.36 accepts although they look odd (native sidecars with probes, one port
 * on TCP and UDP, quantities like 1e9 or .25, image volumes, Windows pods, every workload kind …):
 * no rule may call them errors. Warnings and advice are allowed.
 */
describe('valid but unusual manifests', () => {
  it('has a corpus of at least 25 manifests', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s has no error findings', (file) => {
    const outcome = parseManifest(readFileSync(`${directory}${file}`, 'utf8'));
    if (!outcome.ok)
      throw new Error(
        `${file} is not valid YAML at ${outcome.error.line}:${outcome.error.column}: ${outcome.error.message}`,
      );
    const errors = validateManifest(outcome.manifest.documents, ALL_RULES)
      .filter((finding) => finding.severity === 'error')
      .map(
        (finding) =>
          `${finding.ruleId} @ document ${finding.objectRef.documentIndex} ${formatDataPath(finding.path)}: ${finding.message}`,
      );
    expect(errors).toEqual([]);
  });
});
