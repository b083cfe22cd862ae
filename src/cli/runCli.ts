import type { Rule } from '../validate/rule';
import {
  EMPTY_SILENCING_CONFIG,
  readSilencingConfig,
  SILENCING_CONFIG_FILES,
  type SilencingConfig,
} from '../validate/silencing/silencingConfig';
import { DEFAULT_KUBERNETES_MINOR } from '../model/kubernetesVersion';
import { kubernetesTargetOf } from '../validate/support/versions/kubernetesVersionTable';
import { parseManifest } from '../yaml/parseManifest';
import { parseCliArguments, USAGE } from './cliArguments';
import { exitCodeFor, type ExitCode } from './exitCode';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatSummary, formatText } from './formatText';
import { lintText, YAML_SYNTAX_RULE, type LintProblem } from './lintText';

/** Where the command line reads and writes: Node's file system and streams, or a test double. */
export interface CliIo {
  /** The text of a file, or of standard input for `-`; throws when it cannot be read. */
  readonly readText: (file: string) => Promise<string>;
  /** The files to lint for one argument: the file itself, or a directory's YAML files. */
  readonly expandPath: (file: string) => Promise<readonly string[]>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface CliOptions {
  readonly rules: readonly Rule[];
  readonly version: string;
}

/** Runs `pod-designer` with its arguments and returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo, { rules, version }: CliOptions): Promise<ExitCode> {
  const command = parseCliArguments(argv);
  switch (command.command) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(`${version}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`pod-designer: ${command.message}\n\n${USAGE}`);
      return 2;
    case 'lint':
      break;
  }
  let readError = false;
  const loaded = await loadSilencingConfig(command.config, io);
  if (loaded.error) {
    io.stderr(`pod-designer: ${loaded.error}\n`);
    return 2;
  }
  for (const problem of loaded.problems) io.stderr(`pod-designer: ${loaded.file}: ${problem}\n`);
  const kubernetesTarget = kubernetesTargetOf(
    command.kubernetesVersion ?? loaded.config.kubernetesVersion ?? DEFAULT_KUBERNETES_MINOR,
  );
  const everyProblem: LintProblem[] = [];
  let fileCount = 0;
  for (const argument of command.files) {
    let files: readonly string[];
    try {
      files = argument === '-' ? ['-'] : await io.expandPath(argument);
    } catch (error) {
      io.stderr(`pod-designer: cannot read ${argument}: ${describeError(error)}\n`);
      readError = true;
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = await io.readText(file);
      } catch (error) {
        io.stderr(`pod-designer: cannot read ${file}: ${describeError(error)}\n`);
        readError = true;
        continue;
      }
      fileCount++;
      everyProblem.push(...lintText(text, file === '-' ? '<stdin>' : file, rules, loaded.config, { kubernetesTarget }));
    }
  }
  const problems = everyProblem.filter((problem) => !problem.silenced);
  const silenced = everyProblem.length - problems.length;
  if (command.format === 'json') io.stdout(formatJson(problems));
  else if (command.format === 'sarif') io.stdout(formatSarif(problems, [...rules, YAML_SYNTAX_RULE], version));
  else {
    io.stdout(formatText(problems));
    io.stderr(formatSummary(problems, fileCount));
    if (silenced > 0) io.stderr(`${silenced} silenced by pod-designer.io/ignore annotations or the config\n`);
  }
  return exitCodeFor(problems, { usageOrReadError: readError });
}

/**
 * The silencing config: the file named by --config (which must exist), else the first of
 * SILENCING_CONFIG_FILES in the current directory, else none.
 */
async function loadSilencingConfig(
  named: string | undefined,
  io: CliIo,
): Promise<{ config: SilencingConfig; problems: readonly string[]; file?: string; error?: string }> {
  const candidates = named ? [named] : SILENCING_CONFIG_FILES;
  for (const file of candidates) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      if (named)
        return { config: EMPTY_SILENCING_CONFIG, problems: [], error: `cannot read ${file}: ${describeError(error)}` };
      continue;
    }
    const parsed = parseManifest(text);
    if (!parsed.ok)
      return {
        config: EMPTY_SILENCING_CONFIG,
        problems: [],
        error: `${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`,
      };
    return { ...readSilencingConfig(parsed.manifest.documents[0] ?? null), file };
  }
  return { config: EMPTY_SILENCING_CONFIG, problems: [] };
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT')
    return 'no such file or directory';
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
