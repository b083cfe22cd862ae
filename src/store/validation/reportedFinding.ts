import type { Finding, FindingData } from '../../validate/finding';
import type { TextRange } from '../../yaml/lineIndex';
import type { ParsedManifest } from '../../yaml/parseManifest';
import { findingTextRange } from './findingTextRange';

/**
 * A validator finding as the app holds it: plain data that a worker can send (a fix is its
 * label; findingCommands finds the fix itself when it is applied), with the range the editor
 * marks in the text it was found in.
 */
export interface ReportedFinding extends FindingData {
  /** Where the editor marks the finding (null: nothing in the text to mark). */
  readonly range: TextRange | null;
}

/** The findings of one validation, as plain data with their editor ranges in `manifest`'s text. */
export function reportFindings(manifest: ParsedManifest, findings: readonly Finding[]): ReportedFinding[] {
  return findings.map(({ fix, ...finding }) => ({
    ...finding,
    ...(fix ? { fix: { label: fix.label } } : {}),
    range: findingTextRange(manifest, finding),
  }));
}
