import { formatKubernetesVersion } from '../../model/kubernetesVersion';
import type { SilencingConfig } from './silencingConfig';

const COMMENT =
  '# Pod Designer lint config: the app (Open lint config) and `pod-designer lint` read it.\n' +
  '# rules: rule id or family/* -> off | error | warning | info\n' +
  '# ignore: entries of rules, objects (Kind/name), paths, files and a reason\n' +
  '# kubernetesVersion: the Kubernetes version to check against, "1.29" to "1.36" (default 1.36)\n';

/** The config as the text of a `.pod-designer.yaml` (JSON is YAML, and every string is quoted). */
export function renderSilencingConfig(config: SilencingConfig): string {
  const lines = [COMMENT.trimEnd(), 'rules:'];
  const ruleIds = Object.keys(config.rules);
  if (ruleIds.length === 0) lines[1] = 'rules: {}';
  for (const id of ruleIds) lines.push(`  ${JSON.stringify(id)}: ${config.rules[id]}`);
  if (config.ignore.length === 0) lines.push('ignore: []');
  else lines.push('ignore:');
  for (const entry of config.ignore) {
    const fields = (['rules', 'objects', 'paths', 'files'] as const).flatMap((key) =>
      entry[key] ? [`${key}: [${entry[key].map((item) => JSON.stringify(item)).join(', ')}]`] : [],
    );
    if (entry.reason !== undefined) fields.push(`reason: ${JSON.stringify(entry.reason)}`);
    lines.push(...fields.map((line, index) => `${index === 0 ? '- ' : '  '}${line}`));
  }
  if (config.kubernetesVersion !== undefined)
    lines.push(`kubernetesVersion: ${JSON.stringify(formatKubernetesVersion(config.kubernetesVersion))}`);
  return `${lines.join('\n')}\n`;
}
