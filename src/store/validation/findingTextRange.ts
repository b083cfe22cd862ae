import type { DataPath } from '../../model/dataPath';
import { objectPath } from '../../model/workloads';
import type { FindingData } from '../../validate/finding';
import type { TextRange } from '../../yaml/lineIndex';
import { locateSource, rangeOfLocation } from '../../yaml/locateSource';
import type { ParsedManifest } from '../../yaml/parseManifest';

/**
 * Where the editor marks a finding: an unknown field on its key (the value is not the problem);
 * any other finding on the field's key and value, or the list item, when they fit on one line;
 * a block (a whole container, the pod spec) only on its key or its first line, so a finding about
 * a block does not underline every line of it. A field that is not in the text is marked on the
 * nearest part that exists, the same way.
 */
export function findingTextRange(manifest: ParsedManifest, finding: FindingData): TextRange | null {
  const path: DataPath = [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)];
  const location = locateSource(manifest, path);
  if (!location) return null;
  if (location.key && (finding.ruleId === 'schema/unknown-field' || !location.exact))
    return manifest.lines.rangeOf(location.key.start, location.key.end);
  const range = rangeOfLocation(manifest, location);
  if (range.start.line === range.end.line) return range;
  if (location.key) return manifest.lines.rangeOf(location.key.start, location.key.end);
  const lineEnd = manifest.text.indexOf('\n', location.value.start);
  const firstLine = manifest.lines.rangeOf(location.value.start, lineEnd === -1 ? manifest.text.length : lineEnd);
  return {
    start: firstLine.start,
    end: { line: firstLine.start.line, column: firstLine.end.column - (manifest.text[lineEnd - 1] === '\r' ? 1 : 0) },
  };
}
