import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, type JsonObject } from '../../../model/jsonValue';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

export interface ShellScript {
  readonly script: string;
  /** Where the script is, relative to the container: ['command', 2] or ['args', 0]. */
  readonly path: DataPath;
}

/** The words the container starts with: command, then args (args alone when command is unset). */
export function startWords(
  container: JsonObject,
): { readonly key: 'command' | 'args'; readonly index: number; readonly word: string }[] {
  const words: { key: 'command' | 'args'; index: number; word: string }[] = [];
  for (const key of ['command', 'args'] as const) {
    const list = field(container, key);
    if (!isJsonArray(list)) continue;
    list.forEach((item, index) => {
      if (typeof item === 'string') words.push({ key, index, word: item });
      else if (typeof item === 'number') words.push({ key, index, word: String(item) });
    });
  }
  return words;
}

/** The last path segment of a program: `/usr/bin/supervisord` → `supervisord`. */
export function programName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/**
 * The script of a container that starts a shell with `-c`: `sh -c "…"`, `/bin/bash -ec "…"`,
 * with the script in command or in args.
 */
export function shellScriptOf(container: JsonObject): ShellScript | undefined {
  const words = startWords(container);
  const first = words[0];
  if (!first || !SHELLS.has(programName(first.word))) return undefined;
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!.word;
    if (!word.startsWith('-')) return undefined;
    if (/^-[a-z]*c[a-z]*$/.test(word)) {
      const script = words[i + 1]!;
      return { script: script.word, path: [script.key, script.index] };
    }
  }
  return undefined;
}

/** The script with quoted text and comments blanked out (same length), for finding operators. */
export function withoutQuotedText(script: string): string {
  let result = '';
  let quote: string | null = null;
  let comment = false;
  for (let i = 0; i < script.length; i++) {
    const char = script[i]!;
    if (comment) {
      if (char === '\n') comment = false;
      result += char === '\n' ? char : ' ';
      continue;
    }
    if (quote) {
      if (char === '\\' && quote === '"' && i + 1 < script.length) {
        result += '  ';
        i++;
        continue;
      }
      if (char === quote) {
        quote = null;
        result += char;
      } else {
        result += char === '\n' ? char : ' ';
      }
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      result += char;
      continue;
    }
    if (char === '#' && (i === 0 || /\s/.test(script[i - 1]!))) {
      comment = true;
      result += ' ';
      continue;
    }
    result += char;
  }
  return result;
}
