import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../model/dataPath';
import { ignoreRule } from '../../model/operations/ignoreRule';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { ALL_RULES } from '../allRules';
import { validateManifest } from '../validateManifest';
import { parseManifest } from '../../yaml/parseManifest';
import { renderSilencingConfig } from './renderSilencingConfig';
import { silenceFindings } from './silenceFindings';
import { readSilencingConfig } from './silencingConfig';

const NODE_EXPORTER = `
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
  namespace: monitoring
  annotations:
    pod-designer.io/ignore: pss/host-namespaces, pss/host-path-volumes
    pod-designer.io/ignore-reason: It reads the host's /proc and /sys; that is its purpose.
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      hostNetwork: true
      hostPID: true
      containers:
      - name: node-exporter
        image: quay.io/prometheus/node-exporter:v1.8.2
        volumeMounts: [{name: sys, mountPath: /host/sys, readOnly: true}]
      volumes:
      - {name: sys, hostPath: {path: /sys}}
`;

const keys = (findings: readonly { ruleId: string; path: readonly (string | number)[] }[]) =>
  findings.map((finding) => `${finding.ruleId} @ ${formatDataPath(finding.path)}`);

describe('silenceFindings', () => {
  const manifest = manifestFromYaml(NODE_EXPORTER);
  const findings = validateManifest(manifest, ALL_RULES);

  it('silences the rules an object names in pod-designer.io/ignore, with its reason, and keeps the others', () => {
    const result = silenceFindings(findings, manifest, readSilencingConfig(null).config);
    const silenced = result.filter((finding) => finding.silenced);
    expect(new Set(silenced.map((finding) => finding.ruleId))).toEqual(
      new Set(['pss/host-namespaces', 'pss/host-path-volumes']),
    );
    expect(silenced.every((finding) => finding.silenced?.by === 'annotation')).toBe(true);
    expect(silenced[0]!.silenced?.reason).toBe("It reads the host's /proc and /sys; that is its purpose.");
    expect(result.filter((finding) => !finding.silenced).length).toBe(findings.length - silenced.length);
    expect(result.length).toBe(findings.length);
  });

  it('turns rules off, changes severities and ignores by object, path and file as the config says', () => {
    const { config, problems } = readSilencingConfig({
      rules: { 'practice/*': 'off', 'pss/run-as-non-root': 'error' },
      ignore: [
        {
          rules: ['pss/*'],
          objects: ['DaemonSet/node-*'],
          paths: ['spec.template.spec.containers[0]'],
          files: ['monitoring/*.yaml'],
          reason: 'Checked by the platform team.',
        },
      ],
    });
    expect(problems).toEqual([]);
    const plain = manifestFromYaml(NODE_EXPORTER.replace(/ {4}pod-designer\.io\/ignore.*\n/g, ''));
    const raw = validateManifest(plain, ALL_RULES);
    const result = silenceFindings(raw, plain, config, 'monitoring/node-exporter.yaml');
    const active = result.filter((finding) => !finding.silenced);
    expect(active.some((finding) => finding.ruleId.startsWith('practice/'))).toBe(false);
    expect(keys(active).filter((key) => key.includes('containers[0]'))).toEqual([]);
    expect(active.some((finding) => finding.ruleId === 'pss/host-namespaces')).toBe(true);
    const inOtherFile = silenceFindings(raw, plain, config, 'apps/web.yaml').filter((finding) => !finding.silenced);
    expect(
      inOtherFile.some((finding) => formatDataPath(finding.path).startsWith('spec.template.spec.containers[0]')),
    ).toBe(true);
    const escalated = result.find((finding) => finding.ruleId === 'pss/run-as-non-root');
    if (escalated) expect(escalated.severity).toBe('error');
  });

  it('reports what it does not understand and silences nothing for it', () => {
    const { config, problems } = readSilencingConfig({ rules: { 'practice/image-tag': 'quiet' }, ignored: [] });
    expect(config.rules).toEqual({});
    expect(problems).toHaveLength(2);
    expect(readSilencingConfig({ rules: { 'practice/image-tag': false } }).config.rules).toEqual({
      'practice/image-tag': 'off',
    });
  });

  it('"Ignore here" writes the annotation that silences the finding', () => {
    const plain = manifestFromYaml(NODE_EXPORTER.replace(/ {4}pod-designer\.io\/ignore.*\n/g, ''));
    const ignored = [ignoreRule(plain[0]!, 'pss/host-namespaces', 'Its purpose.')];
    expect((ignored[0]!.metadata as { annotations: object }).annotations).toEqual({
      'pod-designer.io/ignore': 'pss/host-namespaces',
      'pod-designer.io/ignore-reason': 'Its purpose.',
    });
    const again = ignoreRule(ignored[0]!, 'pss/host-path-volumes');
    expect((again.metadata as { annotations: Record<string, string> }).annotations['pod-designer.io/ignore']).toBe(
      'pss/host-namespaces,pss/host-path-volumes',
    );
    const result = silenceFindings(validateManifest(ignored, ALL_RULES), ignored, readSilencingConfig(null).config);
    expect(
      result.filter((finding) => finding.ruleId === 'pss/host-namespaces').every((finding) => finding.silenced),
    ).toBe(true);
  });
});

describe('renderSilencingConfig', () => {
  it('writes a config that reads back as the same config', () => {
    const config = {
      rules: { 'practice/image-tag': 'off', 'pss/*': 'error' },
      ignore: [
        { rules: ['pss/host-namespaces'], objects: ['DaemonSet/node-exporter'], reason: 'It is "its" purpose: yes' },
      ],
    } as const;
    const text = renderSilencingConfig(config);
    const parsed = parseManifest(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(readSilencingConfig(parsed.manifest.documents[0])).toEqual({ config, problems: [] });
    const empty = parseManifest(renderSilencingConfig({ rules: {}, ignore: [] }));
    expect(empty.ok && readSilencingConfig(empty.manifest.documents[0]).config).toEqual({ rules: {}, ignore: [] });
  });
});
