import { type DataPath, formatDataPath } from '../../model/dataPath';
import { field, isJsonObject } from '../../model/jsonValue';
import type { Manifest } from '../../model/manifest';
import { getObject, podMetadataOf, type ObjectRef } from '../../model/workloads';
import { IGNORE_ANNOTATION, IGNORE_REASON_ANNOTATION } from '../../model/operations/ignoreRule';
import type { Severity, Silence } from '../finding';
import { globMatches, ruleMatches, type SilencingConfig } from './silencingConfig';

/** What silencing needs of a finding (validator findings, reported findings, lint problems). */
interface SilenceableFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly objectRef: ObjectRef;
  readonly path: DataPath;
  /** Set on findings that are silenced: they are kept (counted apart, shown on request), not dropped. */
  readonly silenced?: Silence;
}

/**
 * Applies an object's ignore annotation and the config to findings: severities the config
 * overrides are changed, silenced findings get `silenced` (why, and by what). Nothing is removed:
 * callers count and show silenced findings apart. `file` is the file's name (config `files`).
 */
export function silenceFindings<F extends SilenceableFinding>(
  findings: readonly F[],
  manifest: Manifest,
  config: SilencingConfig,
  file?: string,
): F[] {
  const annotations = new Map<string, { rules: string[]; reason?: string }>();
  const ignoredOn = (ref: ObjectRef) => {
    const key = `${ref.documentIndex}/${ref.itemIndex ?? ''}`;
    if (!annotations.has(key)) annotations.set(key, ignoreAnnotationOf(manifest, ref));
    return annotations.get(key)!;
  };
  return findings.map((finding) => {
    const setting = configuredSetting(config, finding.ruleId);
    if (setting === 'off') return { ...finding, silenced: { by: 'config', reason: 'The rule is off in the config.' } };
    const adjusted = setting && setting !== finding.severity ? { ...finding, severity: setting } : finding;
    const annotation = ignoredOn(finding.objectRef);
    if (annotation.rules.some((pattern) => ruleMatches(pattern, finding.ruleId)))
      return {
        ...adjusted,
        silenced: { by: 'annotation', ...(annotation.reason ? { reason: annotation.reason } : {}) },
      };
    const entry = config.ignore.find(
      (candidate) =>
        (!candidate.rules || candidate.rules.some((pattern) => ruleMatches(pattern, finding.ruleId))) &&
        (!candidate.objects ||
          candidate.objects.some((pattern) => globMatches(pattern, objectName(manifest, finding.objectRef)))) &&
        (!candidate.paths || candidate.paths.some((path) => isAtOrUnder(finding.path, path))) &&
        (!candidate.files || (file !== undefined && candidate.files.some((pattern) => globMatches(pattern, file)))),
    );
    if (entry) return { ...adjusted, silenced: { by: 'config', ...(entry.reason ? { reason: entry.reason } : {}) } };
    return adjusted;
  });
}

/** The rule's setting in the config: its own entry, else its family's (`pss/*`), else none. */
function configuredSetting(config: SilencingConfig, ruleId: string): 'off' | Severity | undefined {
  if (config.rules[ruleId]) return config.rules[ruleId];
  const family = Object.keys(config.rules).find((pattern) => pattern !== ruleId && ruleMatches(pattern, ruleId));
  return family ? config.rules[family] : undefined;
}

/**
 * The rules an object's annotations silence (its own metadata, or a controller's pod template:
 * both are read, as people put it on either).
 */
export function ignoreAnnotationOf(manifest: Manifest, ref: ObjectRef): { rules: string[]; reason?: string } {
  const object = getObject(manifest, ref);
  if (!object) return { rules: [] };
  const rules: string[] = [];
  let reason: string | undefined;
  for (const metadata of [field(object, 'metadata'), podMetadataOf(object)]) {
    const annotations = field(metadata, 'annotations');
    if (!isJsonObject(annotations)) continue;
    const value = field(annotations, IGNORE_ANNOTATION);
    if (typeof value === 'string')
      rules.push(...value.split(/[\s,]+/).filter((part) => part !== '' && !rules.includes(part)));
    const why = field(annotations, IGNORE_REASON_ANNOTATION);
    if (typeof why === 'string' && why.trim() !== '') reason ??= why;
  }
  return reason ? { rules, reason } : { rules };
}

/** `Kind/name` of an object, as config `objects` patterns name it. */
export function objectName(manifest: Manifest, ref: ObjectRef): string {
  const object = getObject(manifest, ref);
  const kind = field(object, 'kind');
  const name = field(field(object, 'metadata'), 'name');
  return `${typeof kind === 'string' ? kind : ''}/${typeof name === 'string' ? name : ''}`;
}

function isAtOrUnder(path: DataPath, prefix: string): boolean {
  const text = formatDataPath(path);
  return text === prefix || text.startsWith(`${prefix}.`) || text.startsWith(`${prefix}[`);
}
