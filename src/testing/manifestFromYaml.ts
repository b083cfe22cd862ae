import type { Manifest } from '../model/manifest';
import { parseManifest } from '../yaml/parseManifest';

/** Parses YAML for a test; throws with the parse error when the text is not valid. */
export function manifestFromYaml(text: string): Manifest {
  const outcome = parseManifest(text);
  if (!outcome.ok)
    throw new Error(`Invalid test YAML at ${outcome.error.line}:${outcome.error.column}: ${outcome.error.message}`);
  return outcome.manifest.documents;
}
