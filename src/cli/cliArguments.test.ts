import { describe, expect, it } from 'vitest';
import { parseCliArguments } from './cliArguments';

describe('parseCliArguments', () => {
  it('reads files and the output format', () => {
    expect(parseCliArguments(['lint', 'a.yaml', 'dir/'])).toEqual({
      command: 'lint',
      files: ['a.yaml', 'dir/'],
      format: 'text',
    });
    expect(parseCliArguments(['lint', '--format', 'json', '-'])).toEqual({
      command: 'lint',
      files: ['-'],
      format: 'json',
    });
    expect(parseCliArguments(['lint', 'a.yaml', '--format=sarif'])).toEqual({
      command: 'lint',
      files: ['a.yaml'],
      format: 'sarif',
    });
    expect(parseCliArguments(['lint', '-f', 'json', '--', '--odd-name.yaml'])).toEqual({
      command: 'lint',
      files: ['--odd-name.yaml'],
      format: 'json',
    });
  });

  it('reads the target Kubernetes version', () => {
    expect(parseCliArguments(['lint', '--kubernetes-version', '1.30', 'a.yaml'])).toEqual({
      command: 'lint',
      files: ['a.yaml'],
      format: 'text',
      kubernetesVersion: 30,
    });
    expect(parseCliArguments(['lint', '-k', 'v1.29.4', 'a.yaml'])).toMatchObject({ kubernetesVersion: 29 });
    expect(parseCliArguments(['lint', '--kubernetes-version=1.36', 'a.yaml'])).toMatchObject({ kubernetesVersion: 36 });
  });

  it('answers --help and --version', () => {
    expect(parseCliArguments(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArguments(['lint', '-h'])).toEqual({ command: 'help' });
    expect(parseCliArguments(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [[], 'Missing command'],
    [['check', 'a.yaml'], 'Unknown command "check"'],
    [['lint'], 'Name at least one file'],
    [['lint', '--format', 'xml', 'a.yaml'], '--format must be one of text, json, sarif, not "xml"'],
    [['lint', '--format'], '--format must be one of text, json, sarif.'],
    [['lint', '--quiet', 'a.yaml'], 'Unknown option "--quiet"'],
    [
      ['lint', '--kubernetes-version', '1.37', 'a.yaml'],
      '--kubernetes-version must be a version from 1.29 to 1.36, not "1.37"',
    ],
    [['lint', '-k', 'latest', 'a.yaml'], 'not "latest"'],
    [['lint', 'a.yaml', '--kubernetes-version'], '--kubernetes-version must be a version from 1.29 to 1.36.'],
  ])('reports a usage error for %j', (argv, message) => {
    const command = parseCliArguments(argv);
    expect(command.command).toBe('usage-error');
    expect(command.command === 'usage-error' && command.message).toContain(message);
  });
});
