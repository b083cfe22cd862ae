import {
  DEFAULT_KUBERNETES_MINOR,
  formatKubernetesVersion,
  type KubernetesMinor,
  parseKubernetesVersion,
  SUPPORTED_KUBERNETES_RANGE,
} from '../model/kubernetesVersion';

/** What the command line was asked to do. */
export type CliCommand =
  | {
      readonly command: 'lint';
      readonly files: readonly string[];
      readonly format: OutputFormat;
      /** The silencing config to read (else .pod-designer.yaml or pod-designer.config.json, when present). */
      readonly config?: string;
      /** The Kubernetes version to check against, when given (else the config's, else 1.36). */
      readonly kubernetesVersion?: KubernetesMinor;
    }
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'usage-error'; readonly message: string };

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = `Usage: pod-designer lint [--format text|json|sarif] [--config FILE]
                        [--kubernetes-version 1.NN] FILE...

Checks Kubernetes manifests with Pod Designer's validator: what the API server would reject,
known mistakes, security risks and the objects a pod needs.

  FILE            a YAML file, a directory (its .yaml and .yml files), or - for standard input
  --format, -f    text (default): file:line:col severity rule-id message
                  json: an array of { file, line, column, severity, ruleId, path, message }
                  sarif: a SARIF 2.1.0 log
  --config, -c    the config that turns rules off, changes their severity or ignores
                  findings (default: .pod-designer.yaml or pod-designer.config.json in the
                  current directory, when there is one); objects can also silence rules with
                  the annotation pod-designer.io/ignore: "rule-id,rule-id"
  --kubernetes-version, -k
                  the Kubernetes version the manifests are for, ${SUPPORTED_KUBERNETES_RANGE}
                  (default: the config's kubernetesVersion, else ${formatKubernetesVersion(DEFAULT_KUBERNETES_MINOR)}):
                  fields and values newer than it and API versions it does not serve
                  are errors
  --help, -h      show this help
  --version       show the version

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.
`;

/**
 * @example parseCliArguments(['lint', '--format', 'json', 'pod.yaml'])
 *   // { command: 'lint', files: ['pod.yaml'], format: 'json' }
 */
export function parseCliArguments(argv: readonly string[]): CliCommand {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.length === 1 && argv[0] === '--version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) return { command: 'usage-error', message: 'Missing command: pod-designer lint FILE...' };
  if (command !== 'lint')
    return { command: 'usage-error', message: `Unknown command "${command}": the command is lint.` };
  let format: OutputFormat = 'text';
  let config: string | undefined;
  let kubernetesVersion: KubernetesMinor | undefined;
  const files: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index]!;
    if (argument === '--') {
      files.push(...rest.slice(index + 1));
      break;
    }
    if (argument === '--format' || argument === '-f' || argument.startsWith('--format=')) {
      const value = argument.startsWith('--format=') ? argument.slice('--format='.length) : rest[++index];
      if (!isOutputFormat(value))
        return {
          command: 'usage-error',
          message: `--format must be one of ${OUTPUT_FORMATS.join(', ')}${value === undefined ? '' : `, not "${value}"`}.`,
        };
      format = value;
      continue;
    }
    if (argument === '--config' || argument === '-c' || argument.startsWith('--config=')) {
      const value = argument.startsWith('--config=') ? argument.slice('--config='.length) : rest[++index];
      if (!value) return { command: 'usage-error', message: '--config needs a file name.' };
      config = value;
      continue;
    }
    if (argument === '--kubernetes-version' || argument === '-k' || argument.startsWith('--kubernetes-version=')) {
      const value = argument.startsWith('--kubernetes-version=')
        ? argument.slice('--kubernetes-version='.length)
        : rest[++index];
      kubernetesVersion = parseKubernetesVersion(value);
      if (kubernetesVersion === undefined)
        return {
          command: 'usage-error',
          message: `--kubernetes-version must be a version from ${SUPPORTED_KUBERNETES_RANGE}${value === undefined ? '' : `, not "${value}"`}.`,
        };
      continue;
    }
    if (argument.startsWith('-') && argument !== '-')
      return { command: 'usage-error', message: `Unknown option "${argument}".` };
    files.push(argument);
  }
  if (files.length === 0)
    return { command: 'usage-error', message: 'Name at least one file to lint (or - for standard input).' };
  return {
    command: 'lint',
    files,
    format,
    ...(config ? { config } : {}),
    ...(kubernetesVersion ? { kubernetesVersion } : {}),
  };
}

function isOutputFormat(value: string | undefined): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly (string | undefined)[]).includes(value);
}
