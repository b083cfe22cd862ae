/**
 * Keyboard shortcuts as written in the command table: modifiers and a key joined by "+", e.g.
 * "Mod+Shift+Z", "Alt+P", "Escape". Mod is Ctrl, or ⌘ on a Mac.
 */

export type Platform = 'mac' | 'other';

export interface ParsedShortcut {
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  /** A letter or digit in upper case ("Z", "1"), or a key name ("Escape", "F1", "/"). */
  readonly key: string;
}

/** The fields of a KeyboardEvent a shortcut is matched against. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const MODIFIERS = new Set(['Mod', 'Shift', 'Alt']);

/** @example parseShortcut('Mod+Shift+Z') // { mod: true, shift: true, alt: false, key: 'Z' } */
export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1);
  const unknown = modifiers.find((modifier) => !MODIFIERS.has(modifier));
  if (!key || unknown !== undefined) throw new Error(`Not a shortcut: "${shortcut}"`);
  return {
    mod: modifiers.includes('Mod'),
    shift: modifiers.includes('Shift'),
    alt: modifiers.includes('Alt'),
    key: key.length === 1 ? key.toUpperCase() : key,
  };
}

/** Whether a key press is the shortcut on this platform (letters by the key they type, or by their place when Alt changes that). */
export function matchesShortcut(press: KeyPress, shortcut: string, platform: Platform): boolean {
  const wanted = parseShortcut(shortcut);
  const mod = platform === 'mac' ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const noMod = !press.ctrlKey && !press.metaKey;
  if ((wanted.mod ? !mod : !noMod) || wanted.shift !== press.shiftKey || wanted.alt !== press.altKey) return false;
  if (press.key.length === 1 && press.key.toUpperCase() === wanted.key) return true;
  // Alt (Option on a Mac) and Shift change the character a key types ("π", "!"): match by the key's place.
  if (/^[A-Z]$/.test(wanted.key)) return press.code === `Key${wanted.key}`;
  if (/^[0-9]$/.test(wanted.key)) return press.code === `Digit${wanted.key}`;
  return press.key === wanted.key;
}

const KEY_NAMES: Readonly<Record<string, string>> = { Escape: 'Esc' };

/**
 * How a shortcut is shown to the user.
 * @example formatShortcut('Mod+Shift+Z', 'other') // 'Ctrl+Shift+Z'
 * @example formatShortcut('Mod+Shift+Z', 'mac') // '⇧⌘Z'
 */
export function formatShortcut(shortcut: string, platform: Platform): string {
  const parsed = parseShortcut(shortcut);
  const key = KEY_NAMES[parsed.key] ?? parsed.key;
  if (platform === 'mac') {
    const symbols = [parsed.alt && '⌥', parsed.shift && '⇧', parsed.mod && '⌘'].filter(Boolean).join('');
    return `${symbols}${key}`;
  }
  return [parsed.mod && 'Ctrl', parsed.alt && 'Alt', parsed.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The same combination written either way ("Shift+Mod+Z" and "Mod+Shift+Z"), for comparing shortcuts. */
export function canonicalShortcut(shortcut: string): string {
  const parsed = parseShortcut(shortcut);
  return [parsed.mod && 'Mod', parsed.alt && 'Alt', parsed.shift && 'Shift', parsed.key].filter(Boolean).join('+');
}

/** The platform a browser runs on, from its user agent. */
export function platformOf(userAgent: string): Platform {
  return /Mac|iPhone|iPad/.test(userAgent) ? 'mac' : 'other';
}
