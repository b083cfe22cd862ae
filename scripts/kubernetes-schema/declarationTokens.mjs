// @ts-check
import { fail } from './generatorError.mjs';

/**
 * A token of a generated .d.ts file. `doc` holds the text of a TSDoc comment, `string` the value
 * of a string literal.
 * @typedef {{ kind: 'doc' | 'string' | 'identifier' | 'punctuation'; value: string; line: number }} Token
 */

const PUNCTUATION = new Set(['{', '}', '<', '>', '[', ']', '(', ')', ':', ';', '?', '|', ',', '=', '.']);

/**
 * The tokens of a .d.ts file of kubernetes-models' regular format; anything else stops the
 * generator with the file and line (`source` is how messages name the file).
 * @param {string} text
 * @param {string} source
 * @returns {Token[]}
 */
export function tokenize(text, source) {
  /** @type {Token[]} */
  const tokens = [];
  let index = 0;
  let line = 1;
  const where = () => `${source}:${line}`;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '\n') {
      line++;
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      index++;
    } else if (text.startsWith('/**', index)) {
      const end = text.indexOf('*/', index + 3);
      if (end < 0) fail(`${where()}: unterminated comment`);
      const raw = text.slice(index, end + 2);
      tokens.push({ kind: 'doc', value: docText(raw, where()), line });
      line += raw.split('\n').length - 1;
      index = end + 2;
    } else if (text.startsWith('//', index)) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (text.startsWith('/*', index)) {
      const end = text.indexOf('*/', index + 2);
      if (end < 0) fail(`${where()}: unterminated comment`);
      line += text.slice(index, end).split('\n').length - 1;
      index = end + 2;
    } else if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) {
        if (text[end] === '\\') end++;
        if (text[end] === '\n') fail(`${where()}: newline in a string literal`);
        end++;
      }
      if (end >= text.length) fail(`${where()}: unterminated string literal`);
      tokens.push({ kind: 'string', value: JSON.parse(`"${text.slice(index + 1, end).replace(/\\'/g, "'")}"`), line });
      index = end + 1;
    } else if (/[A-Za-z_$]/.test(char)) {
      const word = /^[A-Za-z0-9_$]+/.exec(text.slice(index, index + 200))?.[0] ?? char;
      tokens.push({ kind: 'identifier', value: word, line });
      index += word.length;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: 'punctuation', value: char, line });
      index++;
    } else {
      fail(`${where()}: unexpected character ${JSON.stringify(char)}`);
    }
  }
  return tokens;
}

/**
 * The text of a TSDoc comment, with the generator's escapes (`\*`, `*\/`) undone and its
 * trailing `@deprecated` tag dropped (the API's own text already says "Deprecated: ...").
 * @param {string} raw
 * @param {string} where
 */
function docText(raw, where) {
  const lines = raw
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines[lines.length - 1] === '@deprecated') lines.pop();
  const tag = lines.find((line) => /^@\w/.test(line));
  if (tag) fail(`${where}: unsupported TSDoc tag "${tag}"`);
  return lines
    .join('\n')
    .replace(/\n+$/, '')
    .replace(/\\\*/g, '*')
    .replace(/\*\\\//g, '*/');
}

/**
 * How a message names a token: `identifier "foo"`, `a doc comment`, `end of file`.
 * @param {Token | undefined} token
 */
export function describeToken(token) {
  if (!token) return 'end of file';
  if (token.kind === 'doc') return 'a doc comment';
  return `${token.kind} ${JSON.stringify(token.value)}`;
}
