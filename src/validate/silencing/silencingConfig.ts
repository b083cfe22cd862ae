import type { Severity } from '../finding';
import {
  type KubernetesMinor,
  parseKubernetesVersion,
  SUPPORTED_KUBERNETES_RANGE,
} from '../../model/kubernetesVersion';

/**
 * What a team decided about findings, in a file both the app and the command line read
 * (`.pod-designer.yaml`, `pod-designer.yaml` or `pod-designer.config.json`, the same shape in
 * YAML or JSON):
 *
 *   rules:
 *     practice/image-tag: off          # a rule off everywhere
 *     practice/resources: warning      # or at another severity
 *   ignore:
 *     - rules: [pss/host-namespaces, pss/host-path-volumes]
 *       objects: [DaemonSet/node-exporter]   # Kind/name, `*` for any part
 *       paths: [spec.template.spec.volumes]  # field paths the finding is at or under
 *       files: [monitoring/*.yaml]           # files (command line, or the name of the opened file)
 *       reason: The node exporter reads the host; that is its purpose.
 *   kubernetesVersion: "1.30"        # the cluster version to check against (default 1.36)
 */
export interface SilencingConfig {
  /** Rule id (or `family/*`) → `off`, or the severity to report it at. */
  readonly rules: Readonly<Record<string, 'off' | Severity>>;
  readonly ignore: readonly IgnoreEntry[];
  /** The Kubernetes minor the manifests target, when the team chose one. */
  readonly kubernetesVersion?: KubernetesMinor;
}

/** Findings to silence: those matching every list given (an absent list matches everything). */
export interface IgnoreEntry {
  readonly rules?: readonly string[];
  readonly objects?: readonly string[];
  readonly paths?: readonly string[];
  readonly files?: readonly string[];
  readonly reason?: string;
}

export const EMPTY_SILENCING_CONFIG: SilencingConfig = { rules: {}, ignore: [] };

/**
 * The file names the command line looks for. The app downloads `pod-designer.yaml` (browsers drop
 * a leading dot from downloads); either spelling works.
 */
export const SILENCING_CONFIG_FILES = [
  '.pod-designer.yaml',
  '.pod-designer.yml',
  'pod-designer.yaml',
  'pod-designer.config.json',
];

const SETTINGS = new Set(['off', 'error', 'warning', 'info']);

/**
 * Reads a config from its parsed YAML or JSON value. What is not understood is left out and said
 * in `problems` (one sentence each), so a typo never silences more than was meant.
 */
export function readSilencingConfig(value: unknown): { config: SilencingConfig; problems: string[] } {
  const problems: string[] = [];
  if (value === null || value === undefined) return { config: EMPTY_SILENCING_CONFIG, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { config: EMPTY_SILENCING_CONFIG, problems: ['The config must be a mapping with `rules` and `ignore`.'] };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (key !== 'rules' && key !== 'ignore' && key !== 'kubernetesVersion')
      problems.push(`Unknown setting "${key}" (expected rules, ignore or kubernetesVersion).`);
  let kubernetesVersion: KubernetesMinor | undefined;
  if (record.kubernetesVersion !== undefined) {
    kubernetesVersion = parseKubernetesVersion(record.kubernetesVersion);
    if (kubernetesVersion === undefined)
      problems.push(
        `kubernetesVersion: ${JSON.stringify(record.kubernetesVersion)} is not a supported version (${SUPPORTED_KUBERNETES_RANGE}, e.g. "1.30").`,
      );
  }
  const rules: Record<string, 'off' | Severity> = {};
  if (record.rules !== undefined) {
    if (typeof record.rules !== 'object' || record.rules === null || Array.isArray(record.rules))
      problems.push('`rules` must map rule ids to off, error, warning or info.');
    else
      for (const [id, setting] of Object.entries(record.rules as Record<string, unknown>)) {
        // YAML 1.1 reads a bare `off` as false.
        const normalized = setting === false ? 'off' : setting;
        if (typeof normalized === 'string' && SETTINGS.has(normalized)) rules[id] = normalized as 'off' | Severity;
        else problems.push(`Rule "${id}": ${JSON.stringify(setting)} is not off, error, warning or info.`);
      }
  }
  const ignore: IgnoreEntry[] = [];
  if (record.ignore !== undefined) {
    if (!Array.isArray(record.ignore)) problems.push('`ignore` must be a list of entries.');
    else
      record.ignore.forEach((entry, index) => {
        const read = readIgnoreEntry(entry);
        if (typeof read === 'string') problems.push(`ignore[${index}]: ${read}`);
        else ignore.push(read);
      });
  }
  return { config: { rules, ignore, ...(kubernetesVersion ? { kubernetesVersion } : {}) }, problems };
}

function readIgnoreEntry(entry: unknown): IgnoreEntry | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    return 'an entry must be a mapping of rules, objects, paths, files and reason.';
  const record = entry as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (key === 'reason') {
      if (typeof value !== 'string') return '`reason` must be text.';
      result.reason = value;
    } else if (key === 'rules' || key === 'objects' || key === 'paths' || key === 'files') {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
        return `\`${key}\` must be a list of text.`;
      result[key] = list;
    } else {
      return `unknown key "${key}".`;
    }
  }
  return result as IgnoreEntry;
}

/** True when `id` is `pattern`, or `pattern` is `family/*` (or `*`) and covers it. */
export function ruleMatches(pattern: string, id: string): boolean {
  if (pattern === '*' || pattern === id) return true;
  return pattern.endsWith('/*') && id.startsWith(pattern.slice(0, -1));
}

/** Glob match for `Kind/name` and file patterns: `*` any run of characters except `/`, `**` any. */
export function globMatches(pattern: string, text: string): boolean {
  const source = pattern
    .split('**')
    .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`).test(text) || (!pattern.includes('/') && new RegExp(`(^|/)${source}$`).test(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
