import { describe, expect, it } from 'vitest';
import { schemaRules } from '../validate/rules/schemaRules';
import { runCli, type CliIo } from './runCli';

const files: Record<string, string> = {
  'good.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n',
  'bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndta: {a: b}\n',
  'manifests/one.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one}\n',
  'manifests/two.yml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two}\nbinaryData: {x: "%%"}\n',
  'silenced.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s\n  annotations: {pod-designer.io/ignore: schema/unknown-field}\ndta: {a: b}\n',
  'team.yaml': 'rules:\n  schema/unknown-field: off\n',
  'stop-signal.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      lifecycle: {stopSignal: SIGTERM}\n',
  'cluster-1.32.yaml': 'kubernetesVersion: "1.32"\n',
  'cluster-1.33.yaml': 'kubernetesVersion: 1.33\n',
  'strict.yaml': 'rules:\n  schema/unknown-field: warning\n  schema/nonsense: loud\n',
  '-': 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {password: hunter2}\n',
};

function fakeIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readText: async (file: string) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    expandPath: async (file: string) => {
      if (file === 'manifests') return ['manifests/one.yaml', 'manifests/two.yml'];
      if (!(file in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return [file];
    },
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

const options = { rules: schemaRules, version: '9.9.9' };

describe('runCli', () => {
  it('checks against the Kubernetes version of --kubernetes-version, else the config, else 1.36', async () => {
    const newest = fakeIo();
    expect(await runCli(['lint', 'stop-signal.yaml'], newest, options)).toBe(0);
    const old = fakeIo();
    expect(await runCli(['lint', '--kubernetes-version', '1.32', 'stop-signal.yaml'], old, options)).toBe(1);
    expect(old.out).toContain(
      'stop-signal.yaml:8:19 error schema/target-version-field spec.containers[0].lifecycle.stopSignal needs Kubernetes 1.33+; the target is 1.32.',
    );
    const configured = fakeIo();
    expect(await runCli(['lint', '-c', 'cluster-1.32.yaml', 'stop-signal.yaml'], configured, options)).toBe(1);
    const unquoted = fakeIo();
    expect(await runCli(['lint', '-c', 'cluster-1.33.yaml', 'stop-signal.yaml'], unquoted, options)).toBe(0);
    expect(unquoted.err).not.toContain('kubernetesVersion');
    const flagWins = fakeIo();
    expect(await runCli(['lint', '-c', 'cluster-1.32.yaml', '-k', '1.36', 'stop-signal.yaml'], flagWins, options)).toBe(
      0,
    );
    const unsupported = fakeIo();
    expect(await runCli(['lint', '--kubernetes-version', '1.28', 'stop-signal.yaml'], unsupported, options)).toBe(2);
    expect(unsupported.err).toContain('--kubernetes-version must be a version from 1.29 to 1.36, not "1.28".');
  });

  it('silences findings by annotation and by config, and counts them', async () => {
    const annotated = fakeIo();
    expect(await runCli(['lint', 'silenced.yaml'], annotated, options)).toBe(0);
    expect(annotated.out).toBe('');
    expect(annotated.err).toContain('1 silenced by pod-designer.io/ignore annotations or the config');
    const configured = fakeIo();
    expect(await runCli(['lint', '--config', 'team.yaml', 'bad.yaml'], configured, options)).toBe(0);
    expect(configured.err).toContain('1 silenced');
    const strict = fakeIo();
    expect(await runCli(['lint', '-c', 'strict.yaml', 'bad.yaml'], strict, options)).toBe(0);
    expect(strict.out).toContain('warning schema/unknown-field');
    expect(strict.err).toContain('strict.yaml: Rule "schema/nonsense"');
    const missing = fakeIo();
    expect(await runCli(['lint', '--config', 'nowhere.yaml', 'bad.yaml'], missing, options)).toBe(2);
  });

  it('reads .pod-designer.yaml from the current directory when there is one', async () => {
    files['.pod-designer.yaml'] = 'ignore:\n- files: [bad.yaml]\n  reason: generated\n';
    try {
      const io = fakeIo();
      expect(await runCli(['lint', 'bad.yaml'], io, options)).toBe(0);
      expect(io.err).toContain('1 silenced');
    } finally {
      delete files['.pod-designer.yaml'];
    }
  });

  it('prints problems and exits 1 when there is an error', async () => {
    const io = fakeIo();
    expect(await runCli(['lint', 'good.yaml', 'bad.yaml'], io, options)).toBe(1);
    expect(io.out).toBe('bad.yaml:4:1 error schema/unknown-field Unknown field "dta" — did you mean "data"?\n');
    expect(io.err).toBe('1 error, 0 warnings and 0 infos in 2 files\n');
  });

  it('exits 0 for clean files and lints a directory', async () => {
    const io = fakeIo();
    expect(await runCli(['lint', 'good.yaml'], io, options)).toBe(0);
    const directory = fakeIo();
    expect(await runCli(['lint', '--format', 'json', 'manifests'], directory, options)).toBe(1);
    expect(JSON.parse(directory.out)).toEqual([
      expect.objectContaining({ file: 'manifests/two.yml', ruleId: 'schema/field-type', path: 'binaryData[x]' }),
    ]);
  });

  it('reads standard input for -', async () => {
    const io = fakeIo();
    expect(await runCli(['lint', '-'], io, options)).toBe(1);
    expect(io.out).toContain('<stdin>:4:8 error schema/secret-data-base64');
  });

  it('exits 2 when a file cannot be read, after linting the others', async () => {
    const io = fakeIo();
    expect(await runCli(['lint', 'bad.yaml', 'missing.yaml'], io, options)).toBe(2);
    expect(io.out).toContain('bad.yaml:4:1');
    expect(io.err).toContain('pod-designer: cannot read missing.yaml: no such file or directory');
  });

  it('exits 2 with the usage for a usage error, 0 for --help and --version', async () => {
    const usage = fakeIo();
    expect(await runCli(['lint', '--format', 'xml', 'a.yaml'], usage, options)).toBe(2);
    expect(usage.err).toContain('Usage: pod-designer lint');
    const version = fakeIo();
    expect(await runCli(['--version'], version, options)).toBe(0);
    expect(version.out).toBe('9.9.9\n');
  });

  it('writes SARIF with every rule and the YAML syntax rule', async () => {
    const io = fakeIo();
    await runCli(['lint', '--format', 'sarif', 'bad.yaml'], io, options);
    const log = JSON.parse(io.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      ...schemaRules.map((rule) => rule.id),
      'yaml/syntax',
    ]);
    expect(log.runs[0].results).toHaveLength(1);
  });
});
