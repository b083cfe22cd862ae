import type { Rule } from '../validate/rule';
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
  const problems: LintProblem[] = [];
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
      problems.push(...lintText(text, file === '-' ? '<stdin>' : file, rules));
    }
  }
  if (command.format === 'json') io.stdout(formatJson(problems));
  else if (command.format === 'sarif') io.stdout(formatSarif(problems, [...rules, YAML_SYNTAX_RULE], version));
  else {
    io.stdout(formatText(problems));
    io.stderr(formatSummary(problems, fileCount));
  }
  return exitCodeFor(problems, { usageOrReadError: readError });
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT')
    return 'no such file or directory';
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
